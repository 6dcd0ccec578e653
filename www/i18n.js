// The page's language: its own labels in every locale of the package, the issue messages from
// the package's locale modules (loaded when chosen), numbers and plurals by Intl. The choice is
// the browser's language until the visitor picks one, which is remembered.

const STORE = 'mde-indicator.lang';

/** The page's words. `{0}`, `{1}` in `intro` and `pasteHint` stand for the <code> in the HTML. */
const TEXT = {
  en: {
    title: 'MDE indicator validator',
    intro: 'Checks a Microsoft Defender for Endpoint indicator request body ({0}) as you type, with the {1} package running in this page. Nothing you enter leaves your browser.',
    settings: 'Settings', language: 'Language', profile: 'API profile', input: 'Input', form: 'Form', paste: 'Paste JSON',
    summary: 'Summary', loading: 'Loading the validator…', indicator: 'Indicator', requestBody: 'Request body',
    payloadEmpty: 'The canonical body appears here once the indicator is valid.', payloadLabel: 'Canonical request body',
    copyJson: 'Copy JSON', copyCurl: 'Copy curl', copyPowerShell: 'Copy PowerShell', copyText: 'Text to copy',
    pasteTitle: 'Paste a request body', pasteHint: 'One indicator, an array of them, NDJSON (one per line), or an import body {0}.',
    allowUndocumented: 'Accept undocumented fields (with a warning)', loadIntoForm: 'Load into the form',
    loadFailed: (message) => `The validator could not load: ${message}`, isDefault: (name) => `${name} (default)`,
    errors: { one: '# error', other: '# errors' }, warnings: { one: '# warning', other: '# warnings' }, indicators: { one: '# indicator', other: '# indicators' },
    valid: 'valid', wholeBody: 'the whole body', pasteToCheck: 'Paste a request body to check it.',
    profileInfo: (source, url) => `Implements ${source}. Submits to ${url}.`,
    submitInfo: (url) => `POST ${url}. The commands read the bearer token from $TOKEN (curl) or $env:TOKEN (PowerShell); this page never asks for it.`,
    copied: { json: 'Copied the JSON.', curl: 'Copied the curl command.', powershell: 'Copied the PowerShell command.' },
    noClipboard: 'The clipboard is not available here: the text is selected below, copy it with Ctrl+C.',
    loaded: 'Loaded the pasted body into the form.', loadedLeftOut: (names) => `Loaded. Not in the form (no such field): ${names}.`,
    error: 'Error', warning: 'Warning', item: (n) => `item ${n}`, required: 'required', choose: '— choose —', unset: '— unset —',
    hintList: 'A list: separate the items with commas', hintDateTime: 'Date-time with an offset, e.g. 2026-12-31T23:59:59Z',
    hintUrl: 'A URL, e.g. https://contoso.com/blocked', hintText: 'Free text; the documented values are suggested',
    absent: 'absent', single: 'Single indicator', importBody: 'Import body', importBodyWith: (n) => `Import body with ${n}`,
    fields: { indicatorValue: 'Value', indicatorType: 'Type', action: 'Action', application: 'Application', title: 'Title', description: 'Description', expirationTime: 'Expires', severity: 'Severity', recommendedActions: 'Recommended actions', rbacGroupNames: 'Device groups', educateUrl: 'Educate URL', generateAlert: 'Generate an alert', category: 'Category', mitreTechniques: 'MITRE techniques', externalId: 'External ID' },
    notInProfile: 'not in this profile', keptOutside: (p, n) => `Not in profile ${p}, kept for when you switch back: ${n}.`,
    needed: { one: '# required field to fill in', other: '# required fields to fill in' }, guessed: 'guessed from the value',
    defanged: 'This value is defanged; the API needs it refanged:', useRefanged: 'Use it', listWith: (n) => `List with ${n}`,
  },
  nl: {
    title: 'MDE-indicatorvalidator',
    intro: 'Controleert de aanvraagbody van een indicator van Microsoft Defender voor Eindpunt ({0}) terwijl u typt, met het pakket {1} dat in deze pagina draait. Niets wat u invoert verlaat uw browser.',
    settings: 'Instellingen', language: 'Taal', profile: 'API-profiel', input: 'Invoer', form: 'Formulier', paste: 'JSON plakken',
    summary: 'Samenvatting', loading: 'De validator wordt geladen…', indicator: 'Indicator', requestBody: 'Aanvraagbody',
    payloadEmpty: 'De canonieke body verschijnt hier zodra de indicator geldig is.', payloadLabel: 'Canonieke aanvraagbody',
    copyJson: 'JSON kopiëren', copyCurl: 'curl kopiëren', copyPowerShell: 'PowerShell kopiëren', copyText: 'Tekst om te kopiëren',
    pasteTitle: 'Een aanvraagbody plakken', pasteHint: 'Eén indicator, een array ervan, NDJSON (één per regel) of een importbody {0}.',
    allowUndocumented: 'Niet-gedocumenteerde velden accepteren (met een waarschuwing)', loadIntoForm: 'In het formulier laden',
    loadFailed: (message) => `De validator kon niet worden geladen: ${message}`, isDefault: (name) => `${name} (standaard)`,
    errors: { one: '# fout', other: '# fouten' }, warnings: { one: '# waarschuwing', other: '# waarschuwingen' }, indicators: { one: '# indicator', other: '# indicatoren' },
    valid: 'geldig', wholeBody: 'de hele body', pasteToCheck: 'Plak een aanvraagbody om die te controleren.',
    profileInfo: (source, url) => `Implementeert ${source}. Verzendt naar ${url}.`,
    submitInfo: (url) => `POST ${url}. De opdrachten lezen het bearer-token uit $TOKEN (curl) of $env:TOKEN (PowerShell); deze pagina vraagt er nooit om.`,
    copied: { json: 'De JSON is gekopieerd.', curl: 'De curl-opdracht is gekopieerd.', powershell: 'De PowerShell-opdracht is gekopieerd.' },
    noClipboard: 'Het klembord is hier niet beschikbaar: de tekst is hieronder geselecteerd, kopieer die met Ctrl+C.',
    loaded: 'De geplakte body is in het formulier geladen.', loadedLeftOut: (names) => `Geladen. Niet in het formulier (geen zulk veld): ${names}.`,
    error: 'Fout', warning: 'Waarschuwing', item: (n) => `item ${n}`, required: 'vereist', choose: '— kiezen —', unset: '— niet ingesteld —',
    hintList: 'Een lijst: scheid de items met komma’s', hintDateTime: 'Datum en tijd met verschuiving, bijv. 2026-12-31T23:59:59Z',
    hintUrl: 'Een URL, bijv. https://contoso.com/blocked', hintText: 'Vrije tekst; de gedocumenteerde waarden worden voorgesteld',
    absent: 'ontbreekt', single: 'Eén indicator', importBody: 'Importbody', importBodyWith: (n) => `Importbody met ${n}`,
    fields: { indicatorValue: 'Waarde', indicatorType: 'Type', action: 'Actie', application: 'Toepassing', title: 'Titel', description: 'Beschrijving', expirationTime: 'Verloopt', severity: 'Ernst', recommendedActions: 'Aanbevolen acties', rbacGroupNames: 'Apparaatgroepen', educateUrl: 'Informatie-URL', generateAlert: 'Een waarschuwing genereren', category: 'Categorie', mitreTechniques: 'MITRE-technieken', externalId: 'Externe id' },
    notInProfile: 'niet in dit profiel', keptOutside: (p, n) => `Niet in profiel ${p}, bewaard voor als u terugschakelt: ${n}.`,
    needed: { one: '# vereist veld in te vullen', other: '# vereiste velden in te vullen' }, guessed: 'afgeleid uit de waarde',
    defanged: 'Deze waarde is onschadelijk gemaakt (defanged); de API heeft haar in de echte vorm nodig:', useRefanged: 'Gebruiken', listWith: (n) => `Lijst met ${n}`,
  },
  fr: {
    title: 'Validateur d’indicateurs MDE',
    intro: 'Vérifie le corps de demande d’un indicateur de Microsoft Defender pour point de terminaison ({0}) pendant la saisie, avec le package {1} qui s’exécute dans cette page. Rien de ce que vous saisissez ne quitte votre navigateur.',
    settings: 'Paramètres', language: 'Langue', profile: 'Profil d’API', input: 'Entrée', form: 'Formulaire', paste: 'Coller du JSON',
    summary: 'Résumé', loading: 'Chargement du validateur…', indicator: 'Indicateur', requestBody: 'Corps de la demande',
    payloadEmpty: 'Le corps canonique apparaît ici dès que l’indicateur est valide.', payloadLabel: 'Corps de demande canonique',
    copyJson: 'Copier le JSON', copyCurl: 'Copier curl', copyPowerShell: 'Copier PowerShell', copyText: 'Texte à copier',
    pasteTitle: 'Coller un corps de demande', pasteHint: 'Un indicateur, un tableau d’indicateurs, du NDJSON (un par ligne) ou un corps d’importation {0}.',
    allowUndocumented: 'Accepter les champs non documentés (avec un avertissement)', loadIntoForm: 'Charger dans le formulaire',
    loadFailed: (message) => `Le validateur n’a pas pu être chargé : ${message}`, isDefault: (name) => `${name} (par défaut)`,
    errors: { one: '# erreur', other: '# erreurs' }, warnings: { one: '# avertissement', other: '# avertissements' }, indicators: { one: '# indicateur', other: '# indicateurs' },
    valid: 'valide', wholeBody: 'le corps entier', pasteToCheck: 'Collez un corps de demande pour le vérifier.',
    profileInfo: (source, url) => `Implémente ${source}. Envoie à ${url}.`,
    submitInfo: (url) => `POST ${url}. Les commandes lisent le jeton du porteur dans $TOKEN (curl) ou $env:TOKEN (PowerShell) ; cette page ne le demande jamais.`,
    copied: { json: 'JSON copié.', curl: 'Commande curl copiée.', powershell: 'Commande PowerShell copiée.' },
    noClipboard: 'Le presse-papiers n’est pas disponible ici : le texte est sélectionné ci-dessous, copiez-le avec Ctrl+C.',
    loaded: 'Le corps collé a été chargé dans le formulaire.', loadedLeftOut: (names) => `Chargé. Absents du formulaire (champ inexistant) : ${names}.`,
    error: 'Erreur', warning: 'Avertissement', item: (n) => `élément ${n}`, required: 'obligatoire', choose: '— choisir —', unset: '— non défini —',
    hintList: 'Une liste : séparez les éléments par des virgules', hintDateTime: 'Date et heure avec décalage, par ex. 2026-12-31T23:59:59Z',
    hintUrl: 'Une URL, par ex. https://contoso.com/blocked', hintText: 'Texte libre ; les valeurs documentées sont proposées',
    absent: 'absent', single: 'Indicateur unique', importBody: 'Corps d’importation', importBodyWith: (n) => `Corps d’importation de ${n}`,
    fields: { indicatorValue: 'Valeur', indicatorType: 'Type', action: 'Action', application: 'Application', title: 'Titre', description: 'Description', expirationTime: 'Expiration', severity: 'Gravité', recommendedActions: 'Actions recommandées', rbacGroupNames: 'Groupes d’appareils', educateUrl: 'URL d’information', generateAlert: 'Générer une alerte', category: 'Catégorie', mitreTechniques: 'Techniques MITRE', externalId: 'ID externe' },
    notInProfile: 'absent de ce profil', keptOutside: (p, n) => `Absent du profil ${p}, conservé pour un retour en arrière : ${n}.`,
    needed: { one: '# champ obligatoire à remplir', other: '# champs obligatoires à remplir' }, guessed: 'déduit de la valeur',
    defanged: 'Cette valeur est désamorcée (defanged) ; l’API l’attend sous sa forme réelle :', useRefanged: 'L’utiliser', listWith: (n) => `Liste de ${n}`,
  },
  de: {
    title: 'MDE-Indikatorprüfung',
    intro: 'Prüft den Anforderungstext eines Indikators für Microsoft Defender for Endpoint ({0}) während der Eingabe, mit dem Paket {1}, das in dieser Seite läuft. Nichts, was Sie eingeben, verlässt Ihren Browser.',
    settings: 'Einstellungen', language: 'Sprache', profile: 'API-Profil', input: 'Eingabe', form: 'Formular', paste: 'JSON einfügen',
    summary: 'Zusammenfassung', loading: 'Die Prüfung wird geladen…', indicator: 'Indikator', requestBody: 'Anforderungstext',
    payloadEmpty: 'Der kanonische Text erscheint hier, sobald der Indikator gültig ist.', payloadLabel: 'Kanonischer Anforderungstext',
    copyJson: 'JSON kopieren', copyCurl: 'curl kopieren', copyPowerShell: 'PowerShell kopieren', copyText: 'Zu kopierender Text',
    pasteTitle: 'Einen Anforderungstext einfügen', pasteHint: 'Ein Indikator, ein Array davon, NDJSON (einer pro Zeile) oder ein Importtext {0}.',
    allowUndocumented: 'Nicht dokumentierte Felder zulassen (mit einer Warnung)', loadIntoForm: 'In das Formular laden',
    loadFailed: (message) => `Die Prüfung konnte nicht geladen werden: ${message}`, isDefault: (name) => `${name} (Standard)`,
    errors: { one: '# Fehler', other: '# Fehler' }, warnings: { one: '# Warnung', other: '# Warnungen' }, indicators: { one: '# Indikator', other: '# Indikatoren' },
    valid: 'gültig', wholeBody: 'der ganze Text', pasteToCheck: 'Fügen Sie einen Anforderungstext ein, um ihn zu prüfen.',
    profileInfo: (source, url) => `Implementiert ${source}. Sendet an ${url}.`,
    submitInfo: (url) => `POST ${url}. Die Befehle lesen das Bearertoken aus $TOKEN (curl) oder $env:TOKEN (PowerShell); diese Seite fragt nie danach.`,
    copied: { json: 'JSON kopiert.', curl: 'curl-Befehl kopiert.', powershell: 'PowerShell-Befehl kopiert.' },
    noClipboard: 'Die Zwischenablage ist hier nicht verfügbar: der Text ist unten markiert, kopieren Sie ihn mit Strg+C.',
    loaded: 'Der eingefügte Text wurde in das Formular geladen.', loadedLeftOut: (names) => `Geladen. Nicht im Formular (kein solches Feld): ${names}.`,
    error: 'Fehler', warning: 'Warnung', item: (n) => `Element ${n}`, required: 'erforderlich', choose: '— auswählen —', unset: '— nicht festgelegt —',
    hintList: 'Eine Liste: trennen Sie die Einträge durch Kommas', hintDateTime: 'Datum und Uhrzeit mit Verschiebung, z. B. 2026-12-31T23:59:59Z',
    hintUrl: 'Eine URL, z. B. https://contoso.com/blocked', hintText: 'Freitext; die dokumentierten Werte werden vorgeschlagen',
    absent: 'fehlt', single: 'Einzelner Indikator', importBody: 'Import-Textkörper', importBodyWith: (n) => `Import-Textkörper mit ${n}`,
    fields: { indicatorValue: 'Wert', indicatorType: 'Typ', action: 'Aktion', application: 'Anwendung', title: 'Titel', description: 'Beschreibung', expirationTime: 'Läuft ab', severity: 'Schweregrad', recommendedActions: 'Empfohlene Aktionen', rbacGroupNames: 'Gerätegruppen', educateUrl: 'Informations-URL', generateAlert: 'Warnung generieren', category: 'Kategorie', mitreTechniques: 'MITRE-Techniken', externalId: 'Externe ID' },
    notInProfile: 'nicht in diesem Profil', keptOutside: (p, n) => `Nicht im Profil ${p}, aufbewahrt für den Wechsel zurück: ${n}.`,
    needed: { one: '# Pflichtfeld auszufüllen', other: '# Pflichtfelder auszufüllen' }, guessed: 'aus dem Wert erkannt',
    defanged: 'Dieser Wert ist entschärft (defanged); die API braucht ihn in seiner echten Form:', useRefanged: 'Übernehmen', listWith: (n) => `Liste mit ${n}`,
  },
  es: {
    title: 'Validador de indicadores de MDE',
    intro: 'Comprueba el cuerpo de solicitud de un indicador de Microsoft Defender para punto de conexión ({0}) mientras escribe, con el paquete {1} ejecutándose en esta página. Nada de lo que escribe sale de su explorador.',
    settings: 'Configuración', language: 'Idioma', profile: 'Perfil de API', input: 'Entrada', form: 'Formulario', paste: 'Pegar JSON',
    summary: 'Resumen', loading: 'Cargando el validador…', indicator: 'Indicador', requestBody: 'Cuerpo de la solicitud',
    payloadEmpty: 'El cuerpo canónico aparece aquí en cuanto el indicador es válido.', payloadLabel: 'Cuerpo de solicitud canónico',
    copyJson: 'Copiar JSON', copyCurl: 'Copiar curl', copyPowerShell: 'Copiar PowerShell', copyText: 'Texto para copiar',
    pasteTitle: 'Pegar un cuerpo de solicitud', pasteHint: 'Un indicador, una matriz de ellos, NDJSON (uno por línea) o un cuerpo de importación {0}.',
    allowUndocumented: 'Aceptar campos no documentados (con una advertencia)', loadIntoForm: 'Cargar en el formulario',
    loadFailed: (message) => `No se pudo cargar el validador: ${message}`, isDefault: (name) => `${name} (predeterminado)`,
    errors: { one: '# error', other: '# errores' }, warnings: { one: '# advertencia', other: '# advertencias' }, indicators: { one: '# indicador', other: '# indicadores' },
    valid: 'válido', wholeBody: 'el cuerpo completo', pasteToCheck: 'Pegue un cuerpo de solicitud para comprobarlo.',
    profileInfo: (source, url) => `Implementa ${source}. Envía a ${url}.`,
    submitInfo: (url) => `POST ${url}. Los comandos leen el token de portador de $TOKEN (curl) o $env:TOKEN (PowerShell); esta página nunca lo pide.`,
    copied: { json: 'Se copió el JSON.', curl: 'Se copió el comando curl.', powershell: 'Se copió el comando de PowerShell.' },
    noClipboard: 'El portapapeles no está disponible aquí: el texto está seleccionado abajo, cópielo con Ctrl+C.',
    loaded: 'El cuerpo pegado se cargó en el formulario.', loadedLeftOut: (names) => `Cargado. No está en el formulario (no existe el campo): ${names}.`,
    error: 'Error', warning: 'Advertencia', item: (n) => `elemento ${n}`, required: 'obligatorio', choose: '— elegir —', unset: '— sin definir —',
    hintList: 'Una lista: separe los elementos con comas', hintDateTime: 'Fecha y hora con diferencia horaria, p. ej., 2026-12-31T23:59:59Z',
    hintUrl: 'Una URL, p. ej., https://contoso.com/blocked', hintText: 'Texto libre; se sugieren los valores documentados',
    absent: 'ausente', single: 'Un indicador', importBody: 'Cuerpo de importación', importBodyWith: (n) => `Cuerpo de importación con ${n}`,
    fields: { indicatorValue: 'Valor', indicatorType: 'Tipo', action: 'Acción', application: 'Aplicación', title: 'Título', description: 'Descripción', expirationTime: 'Expira', severity: 'Gravedad', recommendedActions: 'Acciones recomendadas', rbacGroupNames: 'Grupos de dispositivos', educateUrl: 'URL informativa', generateAlert: 'Generar una alerta', category: 'Categoría', mitreTechniques: 'Técnicas de MITRE', externalId: 'Id. externo' },
    notInProfile: 'no está en este perfil', keptOutside: (p, n) => `No está en el perfil ${p}; se conserva por si vuelve a cambiar: ${n}.`,
    needed: { one: '# campo obligatorio por rellenar', other: '# campos obligatorios por rellenar' }, guessed: 'deducido del valor',
    defanged: 'Este valor está neutralizado (defanged); la API lo necesita en su forma real:', useRefanged: 'Usarlo', listWith: (n) => `Lista con ${n}`,
  },
  ja: {
    comma: '、',
    title: 'MDE インジケーター検証ツール',
    intro: 'Microsoft Defender for Endpoint のインジケーターの要求本文 ({0}) を、このページで動く {1} パッケージで入力中に検査します。入力した内容がブラウザーの外に出ることはありません。',
    settings: '設定', language: '言語', profile: 'API プロファイル', input: '入力', form: 'フォーム', paste: 'JSON の貼り付け',
    summary: '概要', loading: '検証ツールを読み込んでいます…', indicator: 'インジケーター', requestBody: '要求本文',
    payloadEmpty: 'インジケーターが有効になると、ここに正規の本文が表示されます。', payloadLabel: '正規の要求本文',
    copyJson: 'JSON をコピー', copyCurl: 'curl をコピー', copyPowerShell: 'PowerShell をコピー', copyText: 'コピーするテキスト',
    pasteTitle: '要求本文を貼り付ける', pasteHint: '1 つのインジケーター、その配列、NDJSON (1 行に 1 つ)、またはインポート本文 {0}。',
    allowUndocumented: 'ドキュメントにないフィールドを受け入れる (警告付き)', loadIntoForm: 'フォームに読み込む',
    loadFailed: (message) => `検証ツールを読み込めませんでした: ${message}`, isDefault: (name) => `${name} (既定)`,
    errors: { other: 'エラー # 件' }, warnings: { other: '警告 # 件' }, indicators: { other: 'インジケーター # 個' },
    valid: '有効', wholeBody: '本文全体', pasteToCheck: '検査する要求本文を貼り付けてください。',
    profileInfo: (source, url) => `${source} を実装しています。送信先は ${url} です。`,
    submitInfo: (url) => `POST ${url}。コマンドはベアラー トークンを $TOKEN (curl) または $env:TOKEN (PowerShell) から読み取ります。このページがトークンを求めることはありません。`,
    copied: { json: 'JSON をコピーしました。', curl: 'curl コマンドをコピーしました。', powershell: 'PowerShell コマンドをコピーしました。' },
    noClipboard: 'ここではクリップボードを使用できません。下のテキストが選択されているので、Ctrl+C でコピーしてください。',
    loaded: '貼り付けた本文をフォームに読み込みました。', loadedLeftOut: (names) => `読み込みました。フォームにないもの (該当するフィールドなし): ${names}。`,
    error: 'エラー', warning: '警告', item: (n) => `項目 ${n}`, required: '必須', choose: '— 選択 —', unset: '— 未設定 —',
    hintList: 'リスト: 項目をコンマで区切ってください', hintDateTime: 'オフセット付きの日時 (例: 2026-12-31T23:59:59Z)',
    hintUrl: 'URL (例: https://contoso.com/blocked)', hintText: '自由なテキスト。ドキュメントに記載された値が候補として表示されます',
    absent: 'なし', single: '単一のインジケーター', importBody: 'インポート本文', importBodyWith: (n) => `インポート本文 (${n})`,
    fields: { indicatorValue: '値', indicatorType: '種類', action: 'アクション', application: 'アプリケーション', title: 'タイトル', description: '説明', expirationTime: '有効期限', severity: '重要度', recommendedActions: '推奨アクション', rbacGroupNames: 'デバイス グループ', educateUrl: '説明 URL', generateAlert: 'アラートを生成', category: 'カテゴリ', mitreTechniques: 'MITRE 手法', externalId: '外部 ID' },
    notInProfile: 'このプロファイルにはありません', keptOutside: (p, n) => `プロファイル ${p} にはありません。戻したときのために保持しています: ${n}。`,
    needed: { one: '入力が必要な必須フィールド: # 個', other: '入力が必要な必須フィールド: # 個' }, guessed: '値から推測',
    defanged: 'この値は無害化 (defang) されています。API には本来の形が必要です:', useRefanged: '使用する', listWith: (n) => `リスト (${n})`,
  },
  'zh-TW': {
    comma: '，',
    title: 'MDE 指示器驗證工具',
    intro: '在您輸入時，以在此頁面中執行的 {1} 套件檢查適用於端點的 Microsoft Defender 指示器要求本文 ({0})。您輸入的任何內容都不會離開您的瀏覽器。',
    settings: '設定', language: '語言', profile: 'API 設定檔', input: '輸入', form: '表單', paste: '貼上 JSON',
    summary: '摘要', loading: '正在載入驗證工具…', indicator: '指示器', requestBody: '要求本文',
    payloadEmpty: '指示器有效後，標準本文會顯示在這裡。', payloadLabel: '標準要求本文',
    copyJson: '複製 JSON', copyCurl: '複製 curl', copyPowerShell: '複製 PowerShell', copyText: '要複製的文字',
    pasteTitle: '貼上要求本文', pasteHint: '一個指示器、指示器陣列、NDJSON (每行一個) 或匯入本文 {0}。',
    allowUndocumented: '接受未記載的欄位 (會顯示警告)', loadIntoForm: '載入表單',
    loadFailed: (message) => `無法載入驗證工具：${message}`, isDefault: (name) => `${name} (預設)`,
    errors: { other: '# 個錯誤' }, warnings: { other: '# 個警告' }, indicators: { other: '# 個指示器' },
    valid: '有效', wholeBody: '整個本文', pasteToCheck: '貼上要求本文以進行檢查。',
    profileInfo: (source, url) => `實作 ${source}。提交到 ${url}。`,
    submitInfo: (url) => `POST ${url}。命令會從 $TOKEN (curl) 或 $env:TOKEN (PowerShell) 讀取持有人權杖；此頁面絕不會要求提供權杖。`,
    copied: { json: '已複製 JSON。', curl: '已複製 curl 命令。', powershell: '已複製 PowerShell 命令。' },
    noClipboard: '此處無法使用剪貼簿：下方的文字已選取，請按 Ctrl+C 複製。',
    loaded: '已將貼上的本文載入表單。', loadedLeftOut: (names) => `已載入。不在表單中 (沒有此欄位)：${names}。`,
    error: '錯誤', warning: '警告', item: (n) => `項目 ${n}`, required: '必要', choose: '— 請選擇 —', unset: '— 未設定 —',
    hintList: '清單：以逗號分隔項目', hintDateTime: '含時差的日期時間，例如 2026-12-31T23:59:59Z',
    hintUrl: 'URL，例如 https://contoso.com/blocked', hintText: '自由文字；會建議文件中記載的值',
    absent: '未提供', single: '單一指示器', importBody: '匯入本文', importBodyWith: (n) => `匯入本文 (${n})`,
    fields: { indicatorValue: '值', indicatorType: '類型', action: '動作', application: '應用程式', title: '標題', description: '描述', expirationTime: '到期時間', severity: '嚴重性', recommendedActions: '建議的動作', rbacGroupNames: '裝置群組', educateUrl: '教育 URL', generateAlert: '產生警示', category: '類別', mitreTechniques: 'MITRE 技術', externalId: '外部識別碼' },
    notInProfile: '不在此設定檔中', keptOutside: (p, n) => `不在設定檔 ${p} 中，已保留以便切換回來：${n}。`,
    needed: { one: '尚有 # 個必填欄位', other: '尚有 # 個必填欄位' }, guessed: '依值推測',
    defanged: '此值已去除危險性 (defanged)；API 需要其實際形式：', useRefanged: '使用', listWith: (n) => `清單 (${n})`,
  },
  'zh-CN': {
    comma: '，',
    title: 'MDE 指示器验证工具',
    intro: '在您输入时，使用在此页面中运行的 {1} 包检查 Microsoft Defender for Endpoint 指示器的请求正文 ({0})。您输入的任何内容都不会离开您的浏览器。',
    settings: '设置', language: '语言', profile: 'API 配置文件', input: '输入', form: '表单', paste: '粘贴 JSON',
    summary: '摘要', loading: '正在加载验证工具…', indicator: '指示器', requestBody: '请求正文',
    payloadEmpty: '指示器有效后，规范正文将显示在这里。', payloadLabel: '规范请求正文',
    copyJson: '复制 JSON', copyCurl: '复制 curl', copyPowerShell: '复制 PowerShell', copyText: '要复制的文本',
    pasteTitle: '粘贴请求正文', pasteHint: '一个指示器、指示器数组、NDJSON（每行一个）或导入正文 {0}。',
    allowUndocumented: '接受未记录的字段（带警告）', loadIntoForm: '加载到表单',
    loadFailed: (message) => `无法加载验证工具：${message}`, isDefault: (name) => `${name}（默认）`,
    errors: { other: '# 个错误' }, warnings: { other: '# 个警告' }, indicators: { other: '# 个指示器' },
    valid: '有效', wholeBody: '整个正文', pasteToCheck: '粘贴请求正文以进行检查。',
    profileInfo: (source, url) => `实现 ${source}。提交到 ${url}。`,
    submitInfo: (url) => `POST ${url}。命令从 $TOKEN (curl) 或 $env:TOKEN (PowerShell) 读取持有者令牌；此页面从不要求提供令牌。`,
    copied: { json: '已复制 JSON。', curl: '已复制 curl 命令。', powershell: '已复制 PowerShell 命令。' },
    noClipboard: '此处无法使用剪贴板：下方的文本已选中，请按 Ctrl+C 复制。',
    loaded: '已将粘贴的正文加载到表单。', loadedLeftOut: (names) => `已加载。不在表单中（没有此字段）：${names}。`,
    error: '错误', warning: '警告', item: (n) => `第 ${n} 项`, required: '必填', choose: '— 请选择 —', unset: '— 未设置 —',
    hintList: '列表：用逗号分隔各项', hintDateTime: '带偏移的日期时间，例如 2026-12-31T23:59:59Z',
    hintUrl: 'URL，例如 https://contoso.com/blocked', hintText: '自由文本；会建议文档中记录的值',
    absent: '缺失', single: '单个指示器', importBody: '导入正文', importBodyWith: (n) => `导入正文（${n}）`,
    fields: { indicatorValue: '值', indicatorType: '类型', action: '操作', application: '应用程序', title: '标题', description: '描述', expirationTime: '到期时间', severity: '严重性', recommendedActions: '建议的操作', rbacGroupNames: '设备组', educateUrl: '说明 URL', generateAlert: '生成警报', category: '类别', mitreTechniques: 'MITRE 技术', externalId: '外部 ID' },
    notInProfile: '不在此配置文件中', keptOutside: (p, n) => `不在配置文件 ${p} 中，已保留以便切换回来：${n}。`,
    needed: { one: '还有 # 个必填字段', other: '还有 # 个必填字段' }, guessed: '根据值推断',
    defanged: '此值已去除危险性 (defanged)；API 需要其实际形式：', useRefanged: '使用', listWith: (n) => `列表（${n}）`,
  },
};

/** The page's words of every locale, for the tests. */
export const PAGE_TEXT = TEXT;

const state = { tag: 'en', plurals: new Intl.PluralRules('en'), numbers: new Intl.NumberFormat('en') };

/** The language in use. */
export const pageLocale = () => state.tag;

/** The `locale` option for the package's functions. */
export const localeOption = () => (state.tag === 'en' ? {} : { locale: state.tag });

/** A word of the page, or a function of it called with `args`. */
export function t(key, ...args) {
  const word = TEXT[state.tag][key] ?? TEXT.en[key];
  return typeof word === 'function' ? word(...args) : word;
}

/** `a, b`: the language's comma between counts. */
export const comma = () => TEXT[state.tag].comma ?? ', ';

/** `# errors` and the like, by the language's plural rules. */
export function count(key, n) {
  const forms = TEXT[state.tag][key];
  return (forms[state.plurals.select(n)] ?? forms.other).replace('#', state.numbers.format(n));
}

/** The first of the browser's languages (or the one the visitor chose before) that the package has. */
export function preferredLocale(matchLocale) {
  let stored = null;
  try {
    stored = localStorage.getItem(STORE);
  } catch {
    // Storage can be off (private windows, file://): the browser's language then.
  }
  const asked = [stored, ...(navigator.languages ?? [navigator.language])];
  return asked.map((tag) => matchLocale(tag ?? '')).find((tag) => tag !== null) ?? 'en';
}

/** Switches the page to `tag`: loads its messages, then rewrites the labels of the HTML. */
export async function useLocale(tag, { remember = false } = {}) {
  if (tag !== 'en') await import(`/locales/${tag}.js`);
  Object.assign(state, { tag, plurals: new Intl.PluralRules(tag), numbers: new Intl.NumberFormat(tag) });
  if (remember) {
    try {
      localStorage.setItem(STORE, tag);
    } catch {
      // Not remembered: the page still switches.
    }
  }
  document.documentElement.lang = tag;
  document.title = `${t('title')} · mde-indicator`;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const template = t(node.dataset.i18n);
    // {0}, {1}: the <code> children of the HTML, kept as elements (never markup from a string).
    const codes = [...node.querySelectorAll('code')];
    if (codes.length === 0) node.textContent = template;
    else node.replaceChildren(...template.split(/(\{\d\})/).map((part) => (/^\{\d\}$/.test(part) ? codes[Number(part[1])] : part)));
  }
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
}

/** Each locale by its own name (français, 中文（台灣）), for the selector. */
export const localeName = (tag) => {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
};
