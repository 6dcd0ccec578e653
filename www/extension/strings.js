// Every user-visible string of the extension, in each language of the package, in one place.
// Functions take the values they show; counts go through the language's plural rules (`n(...)`).
// The manifest's own strings (name, description, menu entry) are in _locales/, as Chrome wants.

/** `forms[rule]` of `count`, by the plural rules of `tag`, with `#` replaced by the number. */
const plural = (tag) => {
  const rules = new Intl.PluralRules(tag);
  const numbers = new Intl.NumberFormat(tag);
  return (count, forms) => (forms[rules.select(count)] ?? forms.other).replaceAll('#', numbers.format(count));
};

/** The well-known categories (`well_known_target`'s `params.category`) by language. */
const CATEGORY = {
  en: { search_engine: 'search engine', microsoft: 'Microsoft service', platform_vendor: 'platform vendor', threat_intelligence: 'threat-intelligence service', security_reference: 'security reference', code_hosting: 'code hosting service', social_network: 'social network', url_shortener: 'URL shortener', reference: 'reference site', public_dns: 'public DNS resolver' },
  nl: { search_engine: 'zoekmachine', microsoft: 'Microsoft-service', platform_vendor: 'platformleverancier', threat_intelligence: 'threat-intelligence-service', security_reference: 'beveiligingsbron', code_hosting: 'codehostingservice', social_network: 'sociaal netwerk', url_shortener: 'URL-verkorter', reference: 'naslagsite', public_dns: 'openbare DNS-resolver' },
  fr: { search_engine: 'moteur de recherche', microsoft: 'service Microsoft', platform_vendor: 'éditeur de plateforme', threat_intelligence: 'service de renseignement sur les menaces', security_reference: 'référence de sécurité', code_hosting: 'service d’hébergement de code', social_network: 'réseau social', url_shortener: 'raccourcisseur d’URL', reference: 'site de référence', public_dns: 'résolveur DNS public' },
  'zh-TW': { search_engine: '搜尋引擎', microsoft: 'Microsoft 服務', platform_vendor: '平台廠商', threat_intelligence: '威脅情報服務', security_reference: '安全性參考資料', code_hosting: '程式碼託管服務', social_network: '社群網路', url_shortener: '短網址服務', reference: '參考網站', public_dns: '公用 DNS 解析程式' },
  de: { search_engine: 'Suchmaschine', microsoft: 'Microsoft-Dienst', platform_vendor: 'Plattformanbieter', threat_intelligence: 'Threat-Intelligence-Dienst', security_reference: 'Sicherheitsreferenz', code_hosting: 'Code-Hosting-Dienst', social_network: 'soziales Netzwerk', url_shortener: 'URL-Kürzer', reference: 'Referenzseite', public_dns: 'öffentlicher DNS-Resolver' },
  es: { search_engine: 'motor de búsqueda', microsoft: 'servicio de Microsoft', platform_vendor: 'proveedor de plataforma', threat_intelligence: 'servicio de inteligencia sobre amenazas', security_reference: 'referencia de seguridad', code_hosting: 'servicio de hospedaje de código', social_network: 'red social', url_shortener: 'acortador de URL', reference: 'sitio de referencia', public_dns: 'resolución DNS pública' },
  ja: { search_engine: '検索エンジン', microsoft: 'Microsoft のサービス', platform_vendor: 'プラットフォーム ベンダー', threat_intelligence: '脅威インテリジェンス サービス', security_reference: 'セキュリティ リファレンス', code_hosting: 'コード ホスティング サービス', social_network: 'ソーシャル ネットワーク', url_shortener: 'URL 短縮サービス', reference: '参照サイト', public_dns: 'パブリック DNS リゾルバー' },
  'zh-CN': { search_engine: '搜索引擎', microsoft: 'Microsoft 服务', platform_vendor: '平台供应商', threat_intelligence: '威胁情报服务', security_reference: '安全参考资料', code_hosting: '代码托管服务', social_network: '社交网络', url_shortener: '短网址服务', reference: '参考网站', public_dns: '公共 DNS 解析器' },
};
const categoryIn = (tag) => (category) => CATEGORY[tag][category] ?? category.replaceAll('_', ' ');

function en() {
  const n = plural('en');
  const c = categoryIn('en');
  return {
    popup: { heading: 'Indicators', reading: 'Reading the page…', title: 'Title', description: 'Description', expiresIn: 'Expires in', days: 'days', severity: 'Severity', empty: 'No hash, IP address, domain name or URL here.', preview: 'JSON to copy' },
    kinds: { files: 'File action', certificates: 'Certificate action', network: 'Network action' },
    cannotRead: (message) => `Cannot read this page: ${message}`,
    from: (source) => `From ${source}`,
    titleFrom: (pageTitle) => `Flagged from ${pageTitle}`,
    aReport: 'a report',
    descriptionFrom: (url, day) => `Found in ${url} on ${day}.`,
    counts: (found, ready, selected) => `${n(found, { one: '# found', other: '# found' })}, ${n(ready, { one: '# ready', other: '# ready' })}, ${n(selected, { one: '# selected', other: '# selected' })}`,
    ready: 'Ready',
    fillSettings: 'Fill in the title and description',
    unticked: 'Not pre-selected',
    ownSite: "the page's own site",
    wellKnown: (listed, category) => `${listed} is a well-known ${c(category)}`,
    actionNotTaken: (action, type) => `${type} does not take ${action}; choose another action for this kind`,
    defanged: 'defanged',
    writtenAs: (text) => `written as ${text}`,
    selectValue: (value) => `select ${value}`,
    switchToThumbprint: 'certificate?',
    switchToSha1: 'file?',
    copyBody: (count) => (count > 1 ? `Copy ${count} bodies` : 'Copy body'),
    copyImport: (count) => `Copy import body (${count})`,
    exportCsv: (count) => `Export CSV (${count})`,
    submit: (count) => `Submit to Defender (${count})`,
    copied: (what) => `Copied ${what}.`,
    copiedBody: 'the body',
    copiedBodies: (count) => `${count} bodies, one per line`,
    copiedImport: (count, limit) => `an import body of ${count}${count > limit ? ` (the import API takes ${limit} per call: split it)` : ''}`,
    clipboardRefused: 'The clipboard refused; copy the JSON below.',
    csvSaved: (count) => `Saved a CSV of ${n(count, { one: '# indicator', other: '# indicators' })} in the portal's import template.`,
    csvRefused: (message) => `The CSV template cannot hold these: ${message}`,
    notSignedIn: 'Sign in first (Options).',
    notConfigured: 'Set the tenant and application (client) id in Options first.',
    sending: (done, total) => `Sending… ${done} of ${n(total, { one: '# call', other: '# calls' })}`,
    waiting: (seconds) => `The service asked to wait: ${seconds} s…`,
    sent: (ok, failed) => `Sent: ${ok} created or updated, ${failed} refused.`,
    submitFailed: (message) => `Not sent: ${message}`,
    resultOk: (action) => (action === 'updated' ? 'Updated in Defender' : 'Created in Defender'),
    resultFailed: (message) => `Refused: ${message}`,
    openPortal: 'Open in the Defender portal',
    options: {
      title: 'MDE indicator flagger: sign-in', tenant: 'Tenant (directory) id or domain', clientId: 'Application (client) id', cloud: 'Cloud',
      redirect: 'Redirect URI to register (single-page application)', save: 'Save', saved: 'Saved.', signIn: 'Sign in', signOut: 'Sign out',
      signedInAs: (name) => `Signed in as ${name}.`, signedOut: 'Not signed in.', signInFailed: (message) => `Sign-in failed: ${message}`,
      testAuthority: 'Test authority (test build only)', testApiBase: 'Test API base (test build only)',
    },
  };
}

function nl() {
  const n = plural('nl');
  const c = categoryIn('nl');
  return {
    popup: { heading: 'Indicatoren', reading: 'De pagina wordt gelezen…', title: 'Titel', description: 'Beschrijving', expiresIn: 'Verloopt over', days: 'dagen', severity: 'Ernst', empty: 'Hier staat geen hash, IP-adres, domeinnaam of URL.', preview: 'JSON om te kopiëren' },
    kinds: { files: 'Actie voor bestanden', certificates: 'Actie voor certificaten', network: 'Actie voor netwerk' },
    cannotRead: (message) => `Deze pagina kan niet worden gelezen: ${message}`,
    from: (source) => `Uit ${source}`,
    titleFrom: (pageTitle) => `Gemarkeerd vanuit ${pageTitle}`,
    aReport: 'een rapport',
    descriptionFrom: (url, day) => `Gevonden in ${url} op ${day}.`,
    counts: (found, ready, selected) => `${n(found, { one: '# gevonden', other: '# gevonden' })}, ${n(ready, { one: '# gereed', other: '# gereed' })}, ${n(selected, { one: '# geselecteerd', other: '# geselecteerd' })}`,
    ready: 'Gereed',
    fillSettings: 'Vul de titel en beschrijving in',
    unticked: 'Niet vooraf geselecteerd',
    ownSite: 'de eigen site van de pagina',
    wellKnown: (listed, category) => `${listed} is een bekende ${c(category)}`,
    actionNotTaken: (action, type) => `${type} kent de actie ${action} niet; kies een andere actie voor dit soort`,
    defanged: 'onschadelijk gemaakt',
    writtenAs: (text) => `geschreven als ${text}`,
    selectValue: (value) => `${value} selecteren`,
    switchToThumbprint: 'certificaat?',
    switchToSha1: 'bestand?',
    copyBody: (count) => (count > 1 ? `${count} body’s kopiëren` : 'Body kopiëren'),
    copyImport: (count) => `Importbody kopiëren (${count})`,
    exportCsv: (count) => `CSV exporteren (${count})`,
    submit: (count) => `Naar Defender verzenden (${count})`,
    copied: (what) => `Gekopieerd: ${what}.`,
    copiedBody: 'de body',
    copiedBodies: (count) => `${count} body’s, één per regel`,
    copiedImport: (count, limit) => `een importbody van ${count}${count > limit ? ` (de import-API neemt ${limit} per aanroep: splits hem)` : ''}`,
    clipboardRefused: 'Het klembord weigerde; kopieer de JSON hieronder.',
    csvSaved: (count) => `Een CSV van ${n(count, { one: '# indicator', other: '# indicatoren' })} opgeslagen in de importsjabloon van de portal.`,
    csvRefused: (message) => `De CSV-sjabloon kan deze niet bevatten: ${message}`,
    notSignedIn: 'Meld u eerst aan (Opties).',
    notConfigured: 'Stel eerst de tenant en de toepassings-id (client-id) in bij Opties.',
    sending: (done, total) => `Bezig met verzenden… ${done} van ${n(total, { one: '# aanroep', other: '# aanroepen' })}`,
    waiting: (seconds) => `De service vroeg om te wachten: ${seconds} s…`,
    sent: (ok, failed) => `Verzonden: ${ok} gemaakt of bijgewerkt, ${failed} geweigerd.`,
    submitFailed: (message) => `Niet verzonden: ${message}`,
    resultOk: (action) => (action === 'updated' ? 'Bijgewerkt in Defender' : 'Gemaakt in Defender'),
    resultFailed: (message) => `Geweigerd: ${message}`,
    openPortal: 'Openen in de Defender-portal',
    options: {
      title: 'MDE-indicatormarkeerder: aanmelden', tenant: 'Tenant-id (map-id) of domein', clientId: 'Toepassings-id (client-id)', cloud: 'Cloud',
      redirect: 'Te registreren omleidings-URI (toepassing met één pagina)', save: 'Opslaan', saved: 'Opgeslagen.', signIn: 'Aanmelden', signOut: 'Afmelden',
      signedInAs: (name) => `Aangemeld als ${name}.`, signedOut: 'Niet aangemeld.', signInFailed: (message) => `Aanmelden mislukt: ${message}`,
      testAuthority: 'Testautoriteit (alleen testbuild)', testApiBase: 'Test-API-basis (alleen testbuild)',
    },
  };
}

function fr() {
  const n = plural('fr');
  const c = categoryIn('fr');
  return {
    popup: { heading: 'Indicateurs', reading: 'Lecture de la page…', title: 'Titre', description: 'Description', expiresIn: 'Expire dans', days: 'jours', severity: 'Gravité', empty: 'Aucun hachage, adresse IP, nom de domaine ou URL ici.', preview: 'JSON à copier' },
    kinds: { files: 'Action pour les fichiers', certificates: 'Action pour les certificats', network: 'Action pour le réseau' },
    cannotRead: (message) => `Impossible de lire cette page : ${message}`,
    from: (source) => `Depuis ${source}`,
    titleFrom: (pageTitle) => `Signalé depuis ${pageTitle}`,
    aReport: 'un rapport',
    descriptionFrom: (url, day) => `Trouvé dans ${url} le ${day}.`,
    counts: (found, ready, selected) => `${n(found, { one: '# trouvé', other: '# trouvés' })}, ${n(ready, { one: '# prêt', other: '# prêts' })}, ${n(selected, { one: '# sélectionné', other: '# sélectionnés' })}`,
    ready: 'Prêt',
    fillSettings: 'Renseignez le titre et la description',
    unticked: 'Non présélectionné',
    ownSite: 'le propre site de la page',
    wellKnown: (listed, category) => `${listed} est un ${c(category)} connu`,
    actionNotTaken: (action, type) => `${type} n’accepte pas ${action} ; choisissez une autre action pour ce type`,
    defanged: 'désamorcé',
    writtenAs: (text) => `écrit ${text}`,
    selectValue: (value) => `sélectionner ${value}`,
    switchToThumbprint: 'certificat ?',
    switchToSha1: 'fichier ?',
    copyBody: (count) => (count > 1 ? `Copier ${count} corps` : 'Copier le corps'),
    copyImport: (count) => `Copier le corps d’importation (${count})`,
    exportCsv: (count) => `Exporter en CSV (${count})`,
    submit: (count) => `Envoyer à Defender (${count})`,
    copied: (what) => `Copié : ${what}.`,
    copiedBody: 'le corps',
    copiedBodies: (count) => `${count} corps, un par ligne`,
    copiedImport: (count, limit) => `un corps d’importation de ${count}${count > limit ? ` (l’API d’importation en prend ${limit} par appel : divisez-le)` : ''}`,
    clipboardRefused: 'Le presse-papiers a refusé ; copiez le JSON ci-dessous.',
    csvSaved: (count) => `CSV de ${n(count, { one: '# indicateur', other: '# indicateurs' })} enregistré au format du modèle d’importation du portail.`,
    csvRefused: (message) => `Le modèle CSV ne peut pas contenir ceux-ci : ${message}`,
    notSignedIn: 'Connectez-vous d’abord (Options).',
    notConfigured: 'Renseignez d’abord le locataire et l’ID d’application (client) dans les Options.',
    sending: (done, total) => `Envoi… ${done} sur ${n(total, { one: '# appel', other: '# appels' })}`,
    waiting: (seconds) => `Le service a demandé d’attendre : ${seconds} s…`,
    sent: (ok, failed) => `Envoyé : ${ok} créés ou mis à jour, ${failed} refusés.`,
    submitFailed: (message) => `Non envoyé : ${message}`,
    resultOk: (action) => (action === 'updated' ? 'Mis à jour dans Defender' : 'Créé dans Defender'),
    resultFailed: (message) => `Refusé : ${message}`,
    openPortal: 'Ouvrir dans le portail Defender',
    options: {
      title: 'Signaleur d’indicateurs MDE : connexion', tenant: 'ID de locataire (annuaire) ou domaine', clientId: 'ID d’application (client)', cloud: 'Cloud',
      redirect: 'URI de redirection à inscrire (application monopage)', save: 'Enregistrer', saved: 'Enregistré.', signIn: 'Se connecter', signOut: 'Se déconnecter',
      signedInAs: (name) => `Connecté en tant que ${name}.`, signedOut: 'Non connecté.', signInFailed: (message) => `Échec de la connexion : ${message}`,
      testAuthority: 'Autorité de test (build de test uniquement)', testApiBase: 'Base d’API de test (build de test uniquement)',
    },
  };
}

function zhTW() {
  const n = plural('zh-TW');
  const c = categoryIn('zh-TW');
  return {
    popup: { heading: '指示器', reading: '正在讀取頁面…', title: '標題', description: '描述', expiresIn: '到期時間', days: '天後', severity: '嚴重性', empty: '此處沒有雜湊、IP 位址、網域名稱或 URL。', preview: '要複製的 JSON' },
    kinds: { files: '檔案動作', certificates: '憑證動作', network: '網路動作' },
    cannotRead: (message) => `無法讀取此頁面：${message}`,
    from: (source) => `來自 ${source}`,
    titleFrom: (pageTitle) => `標記自 ${pageTitle}`,
    aReport: '一份報告',
    descriptionFrom: (url, day) => `於 ${day} 在 ${url} 中找到。`,
    counts: (found, ready, selected) => `找到 ${n(found, { other: '#' })} 個，${n(ready, { other: '#' })} 個就緒，已選取 ${n(selected, { other: '#' })} 個`,
    ready: '就緒',
    fillSettings: '請填寫標題和描述',
    unticked: '未預先選取',
    ownSite: '頁面本身的網站',
    wellKnown: (listed, category) => `${listed} 是知名的${c(category)}`,
    actionNotTaken: (action, type) => `${type} 不接受 ${action}；請為此類別選擇其他動作`,
    defanged: '已去除危險性',
    writtenAs: (text) => `原寫法：${text}`,
    selectValue: (value) => `選取 ${value}`,
    switchToThumbprint: '憑證？',
    switchToSha1: '檔案？',
    copyBody: (count) => (count > 1 ? `複製 ${count} 個本文` : '複製本文'),
    copyImport: (count) => `複製匯入本文 (${count})`,
    exportCsv: (count) => `匯出 CSV (${count})`,
    submit: (count) => `提交至 Defender (${count})`,
    copied: (what) => `已複製${what}。`,
    copiedBody: '本文',
    copiedBodies: (count) => ` ${count} 個本文，每行一個`,
    copiedImport: (count, limit) => `包含 ${count} 個的匯入本文${count > limit ? ` (匯入 API 每次呼叫接受 ${limit} 個：請分割)` : ''}`,
    clipboardRefused: '剪貼簿拒絕存取；請複製下方的 JSON。',
    csvSaved: (count) => `已以入口網站的匯入範本儲存包含 ${n(count, { other: '#' })} 個指示器的 CSV。`,
    csvRefused: (message) => `CSV 範本無法容納這些項目：${message}`,
    notSignedIn: '請先登入 (選項)。',
    notConfigured: '請先在選項中設定租用戶和應用程式 (用戶端) 識別碼。',
    sending: (done, total) => `正在傳送… 第 ${done} 次，共 ${n(total, { other: '#' })} 次呼叫`,
    waiting: (seconds) => `服務要求等待：${seconds} 秒…`,
    sent: (ok, failed) => `已傳送：${ok} 個已建立或更新，${failed} 個遭拒。`,
    submitFailed: (message) => `未傳送：${message}`,
    resultOk: (action) => (action === 'updated' ? '已在 Defender 中更新' : '已在 Defender 中建立'),
    resultFailed: (message) => `遭拒：${message}`,
    openPortal: '在 Defender 入口網站中開啟',
    options: {
      title: 'MDE 指示器標記工具：登入', tenant: '租用戶 (目錄) 識別碼或網域', clientId: '應用程式 (用戶端) 識別碼', cloud: '雲端',
      redirect: '要註冊的重新導向 URI (單頁應用程式)', save: '儲存', saved: '已儲存。', signIn: '登入', signOut: '登出',
      signedInAs: (name) => `已以 ${name} 身分登入。`, signedOut: '未登入。', signInFailed: (message) => `登入失敗：${message}`,
      testAuthority: '測試授權單位 (僅限測試組建)', testApiBase: '測試 API 基底 (僅限測試組建)',
    },
  };
}

function de() {
  const n = plural('de');
  const c = categoryIn('de');
  return {
    popup: { heading: 'Indikatoren', reading: 'Die Seite wird gelesen…', title: 'Titel', description: 'Beschreibung', expiresIn: 'Läuft ab in', days: 'Tagen', severity: 'Schweregrad', empty: 'Hier gibt es keinen Hash, keine IP-Adresse, keinen Domänennamen und keine URL.', preview: 'JSON zum Kopieren' },
    kinds: { files: 'Aktion für Dateien', certificates: 'Aktion für Zertifikate', network: 'Aktion für Netzwerk' },
    cannotRead: (message) => `Diese Seite kann nicht gelesen werden: ${message}`,
    from: (source) => `Aus ${source}`,
    titleFrom: (pageTitle) => `Markiert aus ${pageTitle}`,
    aReport: 'einem Bericht',
    descriptionFrom: (url, day) => `Gefunden in ${url} am ${day}.`,
    counts: (found, ready, selected) => `${n(found, { one: '# gefunden', other: '# gefunden' })}, ${n(ready, { one: '# bereit', other: '# bereit' })}, ${n(selected, { one: '# ausgewählt', other: '# ausgewählt' })}`,
    ready: 'Bereit',
    fillSettings: 'Titel und Beschreibung ausfüllen',
    unticked: 'Nicht vorausgewählt',
    ownSite: 'die eigene Website der Seite',
    wellKnown: (listed, category) => `${listed} ist ein bekannter Eintrag (${c(category)})`,
    actionNotTaken: (action, type) => `${type} erlaubt ${action} nicht; wählen Sie eine andere Aktion für diese Art`,
    defanged: 'entschärft',
    writtenAs: (text) => `geschrieben als ${text}`,
    selectValue: (value) => `${value} auswählen`,
    switchToThumbprint: 'Zertifikat?',
    switchToSha1: 'Datei?',
    copyBody: (count) => (count > 1 ? `${count} Texte kopieren` : 'Text kopieren'),
    copyImport: (count) => `Importtext kopieren (${count})`,
    exportCsv: (count) => `CSV exportieren (${count})`,
    submit: (count) => `An Defender senden (${count})`,
    copied: (what) => `Kopiert: ${what}.`,
    copiedBody: 'der Text',
    copiedBodies: (count) => `${count} Texte, einer pro Zeile`,
    copiedImport: (count, limit) => `ein Importtext mit ${count}${count > limit ? ` (die Import-API nimmt ${limit} pro Aufruf: teilen Sie ihn auf)` : ''}`,
    clipboardRefused: 'Die Zwischenablage hat abgelehnt; kopieren Sie den JSON-Text unten.',
    csvSaved: (count) => `Eine CSV-Datei mit ${n(count, { one: '# Indikator', other: '# Indikatoren' })} in der Importvorlage des Portals gespeichert.`,
    csvRefused: (message) => `Die CSV-Vorlage kann diese nicht aufnehmen: ${message}`,
    notSignedIn: 'Melden Sie sich zuerst an (Optionen).',
    notConfigured: 'Legen Sie zuerst den Mandanten und die Anwendungs-ID (Client-ID) in den Optionen fest.',
    sending: (done, total) => `Wird gesendet… ${done} von ${n(total, { one: '# Aufruf', other: '# Aufrufen' })}`,
    waiting: (seconds) => `Der Dienst bat zu warten: ${seconds} s…`,
    sent: (ok, failed) => `Gesendet: ${ok} erstellt oder aktualisiert, ${failed} abgelehnt.`,
    submitFailed: (message) => `Nicht gesendet: ${message}`,
    resultOk: (action) => (action === 'updated' ? 'In Defender aktualisiert' : 'In Defender erstellt'),
    resultFailed: (message) => `Abgelehnt: ${message}`,
    openPortal: 'Im Defender-Portal öffnen',
    options: {
      title: 'MDE-Indikatormarkierer: Anmeldung', tenant: 'Mandanten-ID (Verzeichnis-ID) oder Domäne', clientId: 'Anwendungs-ID (Client-ID)', cloud: 'Cloud',
      redirect: 'Zu registrierender Umleitungs-URI (Single-Page-Anwendung)', save: 'Speichern', saved: 'Gespeichert.', signIn: 'Anmelden', signOut: 'Abmelden',
      signedInAs: (name) => `Angemeldet als ${name}.`, signedOut: 'Nicht angemeldet.', signInFailed: (message) => `Anmeldung fehlgeschlagen: ${message}`,
      testAuthority: 'Testautorität (nur Testbuild)', testApiBase: 'Test-API-Basis (nur Testbuild)',
    },
  };
}

function es() {
  const n = plural('es');
  const c = categoryIn('es');
  return {
    popup: { heading: 'Indicadores', reading: 'Leyendo la página…', title: 'Título', description: 'Descripción', expiresIn: 'Expira en', days: 'días', severity: 'Gravedad', empty: 'Aquí no hay ningún hash, dirección IP, nombre de dominio ni URL.', preview: 'JSON para copiar' },
    kinds: { files: 'Acción para archivos', certificates: 'Acción para certificados', network: 'Acción para red' },
    cannotRead: (message) => `No se puede leer esta página: ${message}`,
    from: (source) => `Desde ${source}`,
    titleFrom: (pageTitle) => `Marcado desde ${pageTitle}`,
    aReport: 'un informe',
    descriptionFrom: (url, day) => `Encontrado en ${url} el ${day}.`,
    counts: (found, ready, selected) => `${n(found, { one: '# encontrado', other: '# encontrados' })}, ${n(ready, { one: '# listo', other: '# listos' })}, ${n(selected, { one: '# seleccionado', other: '# seleccionados' })}`,
    ready: 'Listo',
    fillSettings: 'Rellene el título y la descripción',
    unticked: 'No preseleccionado',
    ownSite: 'el propio sitio de la página',
    wellKnown: (listed, category) => `${listed} es un ${c(category)} conocido`,
    actionNotTaken: (action, type) => `${type} no admite ${action}; elija otra acción para este tipo`,
    defanged: 'neutralizado',
    writtenAs: (text) => `escrito como ${text}`,
    selectValue: (value) => `seleccionar ${value}`,
    switchToThumbprint: '¿certificado?',
    switchToSha1: '¿archivo?',
    copyBody: (count) => (count > 1 ? `Copiar ${count} cuerpos` : 'Copiar el cuerpo'),
    copyImport: (count) => `Copiar el cuerpo de importación (${count})`,
    exportCsv: (count) => `Exportar CSV (${count})`,
    submit: (count) => `Enviar a Defender (${count})`,
    copied: (what) => `Copiado: ${what}.`,
    copiedBody: 'el cuerpo',
    copiedBodies: (count) => `${count} cuerpos, uno por línea`,
    copiedImport: (count, limit) => `un cuerpo de importación de ${count}${count > limit ? ` (la API de importación admite ${limit} por llamada: divídalo)` : ''}`,
    clipboardRefused: 'El portapapeles lo rechazó; copie el JSON de abajo.',
    csvSaved: (count) => `Se guardó un CSV de ${n(count, { one: '# indicador', other: '# indicadores' })} con la plantilla de importación del portal.`,
    csvRefused: (message) => `La plantilla CSV no puede contener estos: ${message}`,
    notSignedIn: 'Inicie sesión primero (Opciones).',
    notConfigured: 'Configure primero el inquilino y el id. de aplicación (cliente) en Opciones.',
    sending: (done, total) => `Enviando… ${done} de ${n(total, { one: '# llamada', other: '# llamadas' })}`,
    waiting: (seconds) => `El servicio pidió esperar: ${seconds} s…`,
    sent: (ok, failed) => `Enviado: ${ok} creados o actualizados, ${failed} rechazados.`,
    submitFailed: (message) => `No enviado: ${message}`,
    resultOk: (action) => (action === 'updated' ? 'Actualizado en Defender' : 'Creado en Defender'),
    resultFailed: (message) => `Rechazado: ${message}`,
    openPortal: 'Abrir en el portal de Defender',
    options: {
      title: 'Marcador de indicadores de MDE: inicio de sesión', tenant: 'Id. de inquilino (directorio) o dominio', clientId: 'Id. de aplicación (cliente)', cloud: 'Nube',
      redirect: 'URI de redirección que se debe registrar (aplicación de página única)', save: 'Guardar', saved: 'Guardado.', signIn: 'Iniciar sesión', signOut: 'Cerrar sesión',
      signedInAs: (name) => `Sesión iniciada como ${name}.`, signedOut: 'Sin sesión iniciada.', signInFailed: (message) => `Error al iniciar sesión: ${message}`,
      testAuthority: 'Autoridad de prueba (solo compilación de prueba)', testApiBase: 'Base de API de prueba (solo compilación de prueba)',
    },
  };
}

function ja() {
  const n = plural('ja');
  const c = categoryIn('ja');
  return {
    popup: { heading: 'インジケーター', reading: 'ページを読み取っています…', title: 'タイトル', description: '説明', expiresIn: '有効期限まで', days: '日', severity: '重要度', empty: 'ハッシュ、IP アドレス、ドメイン名、URL は見つかりません。', preview: 'コピーする JSON' },
    kinds: { files: 'ファイルのアクション', certificates: '証明書のアクション', network: 'ネットワークのアクション' },
    cannotRead: (message) => `このページを読み取れません: ${message}`,
    from: (source) => `出典: ${source}`,
    titleFrom: (pageTitle) => `${pageTitle} から報告`,
    aReport: 'レポート',
    descriptionFrom: (url, day) => `${day} に ${url} で見つかりました。`,
    counts: (found, ready, selected) => `検出 ${n(found, { other: '#' })} 件、準備完了 ${n(ready, { other: '#' })} 件、選択 ${n(selected, { other: '#' })} 件`,
    ready: '準備完了',
    fillSettings: 'タイトルと説明を入力してください',
    unticked: '事前選択なし',
    ownSite: 'ページ自体のサイト',
    wellKnown: (listed, category) => `${listed} はよく知られた${c(category)}です`,
    actionNotTaken: (action, type) => `${type} では ${action} を使用できません。この種類には別のアクションを選択してください`,
    defanged: '無害化済み',
    writtenAs: (text) => `元の表記: ${text}`,
    selectValue: (value) => `${value} を選択`,
    switchToThumbprint: '証明書?',
    switchToSha1: 'ファイル?',
    copyBody: (count) => (count > 1 ? `${count} 件の本文をコピー` : '本文をコピー'),
    copyImport: (count) => `インポート本文をコピー (${count})`,
    exportCsv: (count) => `CSV をエクスポート (${count})`,
    submit: (count) => `Defender に送信 (${count})`,
    copied: (what) => `${what}をコピーしました。`,
    copiedBody: '本文',
    copiedBodies: (count) => `${count} 件の本文 (1 行に 1 件)`,
    copiedImport: (count, limit) => `${count} 件のインポート本文${count > limit ? ` (インポート API は 1 回の呼び出しで ${limit} 件まで: 分割してください)` : ''}`,
    clipboardRefused: 'クリップボードが拒否しました。下の JSON をコピーしてください。',
    csvSaved: (count) => `${n(count, { other: '#' })} 件のインジケーターの CSV をポータルのインポート テンプレートで保存しました。`,
    csvRefused: (message) => `CSV テンプレートに収められません: ${message}`,
    notSignedIn: '先にサインインしてください (オプション)。',
    notConfigured: '先にオプションでテナントとアプリケーション (クライアント) ID を設定してください。',
    sending: (done, total) => `送信中… ${n(total, { other: '#' })} 回中 ${done} 回`,
    waiting: (seconds) => `サービスから待機を求められました: ${seconds} 秒…`,
    sent: (ok, failed) => `送信済み: 作成または更新 ${ok} 件、拒否 ${failed} 件。`,
    submitFailed: (message) => `送信されませんでした: ${message}`,
    resultOk: (action) => (action === 'updated' ? 'Defender で更新しました' : 'Defender で作成しました'),
    resultFailed: (message) => `拒否されました: ${message}`,
    openPortal: 'Defender ポータルで開く',
    options: {
      title: 'MDE インジケーター報告ツール: サインイン', tenant: 'テナント (ディレクトリ) ID またはドメイン', clientId: 'アプリケーション (クライアント) ID', cloud: 'クラウド',
      redirect: '登録するリダイレクト URI (シングルページ アプリケーション)', save: '保存', saved: '保存しました。', signIn: 'サインイン', signOut: 'サインアウト',
      signedInAs: (name) => `${name} としてサインインしています。`, signedOut: 'サインインしていません。', signInFailed: (message) => `サインインに失敗しました: ${message}`,
      testAuthority: 'テスト用の機関 (テスト ビルドのみ)', testApiBase: 'テスト用 API ベース (テスト ビルドのみ)',
    },
  };
}

function zhCN() {
  const n = plural('zh-CN');
  const c = categoryIn('zh-CN');
  return {
    popup: { heading: '指示器', reading: '正在读取页面…', title: '标题', description: '描述', expiresIn: '到期时间', days: '天后', severity: '严重性', empty: '此处没有哈希、IP 地址、域名或 URL。', preview: '要复制的 JSON' },
    kinds: { files: '文件操作', certificates: '证书操作', network: '网络操作' },
    cannotRead: (message) => `无法读取此页面：${message}`,
    from: (source) => `来自 ${source}`,
    titleFrom: (pageTitle) => `标记自 ${pageTitle}`,
    aReport: '一份报告',
    descriptionFrom: (url, day) => `于 ${day} 在 ${url} 中找到。`,
    counts: (found, ready, selected) => `找到 ${n(found, { other: '#' })} 个，${n(ready, { other: '#' })} 个就绪，已选择 ${n(selected, { other: '#' })} 个`,
    ready: '就绪',
    fillSettings: '请填写标题和描述',
    unticked: '未预先选择',
    ownSite: '页面本身的网站',
    wellKnown: (listed, category) => `${listed} 是知名的${c(category)}`,
    actionNotTaken: (action, type) => `${type} 不接受 ${action}；请为此类别选择其他操作`,
    defanged: '已去除危险性',
    writtenAs: (text) => `原写法：${text}`,
    selectValue: (value) => `选择 ${value}`,
    switchToThumbprint: '证书？',
    switchToSha1: '文件？',
    copyBody: (count) => (count > 1 ? `复制 ${count} 个正文` : '复制正文'),
    copyImport: (count) => `复制导入正文（${count}）`,
    exportCsv: (count) => `导出 CSV（${count}）`,
    submit: (count) => `提交到 Defender（${count}）`,
    copied: (what) => `已复制${what}。`,
    copiedBody: '正文',
    copiedBodies: (count) => ` ${count} 个正文，每行一个`,
    copiedImport: (count, limit) => `包含 ${count} 个的导入正文${count > limit ? `（导入 API 每次调用接受 ${limit} 个：请拆分）` : ''}`,
    clipboardRefused: '剪贴板拒绝访问；请复制下方的 JSON。',
    csvSaved: (count) => `已按门户的导入模板保存包含 ${n(count, { other: '#' })} 个指示器的 CSV。`,
    csvRefused: (message) => `CSV 模板无法容纳这些项：${message}`,
    notSignedIn: '请先登录（选项）。',
    notConfigured: '请先在选项中设置租户和应用程序（客户端）ID。',
    sending: (done, total) => `正在发送… 第 ${done} 次，共 ${n(total, { other: '#' })} 次调用`,
    waiting: (seconds) => `服务要求等待：${seconds} 秒…`,
    sent: (ok, failed) => `已发送：${ok} 个已创建或更新，${failed} 个被拒绝。`,
    submitFailed: (message) => `未发送：${message}`,
    resultOk: (action) => (action === 'updated' ? '已在 Defender 中更新' : '已在 Defender 中创建'),
    resultFailed: (message) => `被拒绝：${message}`,
    openPortal: '在 Defender 门户中打开',
    options: {
      title: 'MDE 指示器标记工具：登录', tenant: '租户（目录）ID 或域', clientId: '应用程序（客户端）ID', cloud: '云',
      redirect: '要注册的重定向 URI（单页应用程序）', save: '保存', saved: '已保存。', signIn: '登录', signOut: '注销',
      signedInAs: (name) => `已以 ${name} 身份登录。`, signedOut: '未登录。', signInFailed: (message) => `登录失败：${message}`,
      testAuthority: '测试颁发机构（仅测试版本）', testApiBase: '测试 API 基址（仅测试版本）',
    },
  };
}

const TABLES = { en, nl, fr, 'zh-TW': zhTW, de, es, ja, 'zh-CN': zhCN };

/** The strings of a language of the package (`mde.matchLocale`'s tag), English for none. */
export function stringsFor(tag) {
  return (TABLES[tag] ?? en)();
}

/** Every language's strings, for the tests. */
export const ALL_STRINGS = Object.fromEntries(Object.entries(TABLES).map(([tag, table]) => [tag, table()]));
