// The command line's language: `--lang <tag>`, else LC_ALL, LC_MESSAGES or LANG (the first that
// is set, as POSIX says), else English. It loads the package's locale for the issue messages and
// holds the CLI's own words: the main help and the lines of the validation report.

import { createRequire } from 'node:module';
import * as mde from '../../index.mjs';
import { UsageError, orList } from './args.mjs';

const require = createRequire(import.meta.url);

/** The words of the report and the main help, by locale; `{n}` counts are numbers already formatted. */
const TEXT = {
  en: {
    error: 'error', warning: 'warning',
    item: (n) => `item ${n}`, line: (line, n) => `line ${line} (item ${n})`,
    indicators: (n, f) => `${f(n)} ${n === 1 ? 'indicator' : 'indicators'}`, valid: (n, f) => `${f(n)} valid`, invalid: (n, f) => `${f(n)} invalid`,
    warnings: (n, f) => `${f(n)} ${n === 1 ? 'warning' : 'warnings'}`,
    unlisted: (n, f) => `${f(n)} ${n === 1 ? 'warning' : 'warnings'} of valid indicators not listed; add --warnings to see them`,
    at: (path) => ` at ${path}`, seeHelp: 'see mde-indicator --help',
    commands: {
      validate: 'report every problem in every indicator', build: 'write import bodies of the valid ones',
      schema: 'print the JSON Schema of a body', submit: 'send the valid ones to the service', list: "print the tenant's indicators",
      delete: 'delete indicators by id', sync: "make one owner's indicators equal to a file", help: 'options and examples of a command',
    },
    submitted: (c, s) => `${c(s.total)} ${s.total === 1 ? 'indicator' : 'indicators'}: ${c(s.succeeded)} succeeded, ${c(s.failed)} failed, ${c(s.invalid)} invalid, ${c(s.notSent)} not sent`,
    submitDry: (c, d) => `dry run: would send ${c(d.items)} of ${c(d.total)} ${d.total === 1 ? 'indicator' : 'indicators'} in ${c(d.calls)} ${d.calls === 1 ? 'call' : 'calls'} to ${d.route}, ${c(d.seconds)} s of pacing at least; ${c(d.invalid)} invalid`,
    synced: (c, s) => `${c(s.total)} ${s.total === 1 ? 'indicator' : 'indicators'}: ${c(s.added)} added, ${c(s.updated)} updated, ${c(s.unchanged)} unchanged, ${c(s.failed)} failed, ${c(s.invalid)} invalid, ${c(s.notSent)} not sent; ${c(s.deleted)} deleted, ${c(s.deleteFailed)} failed to delete`,
    syncDry: (c, s) => `dry run: would add ${c(s.adds)}, update ${c(s.updates)}, delete ${c(s.deletes)}; ${c(s.unchanged)} unchanged, ${c(s.invalid)} invalid, ${c(s.others)} left to other owners`,
    deleted: (c, s) => `${c(s.total)} ids: ${c(s.deleted)} deleted, ${c(s.missing)} not found, ${c(s.failed)} failed, ${c(s.notSent)} not sent`,
    deleteDry: (c, s) => `dry run: would delete ${c(s.total)} indicators in ${c(s.calls)} BatchDelete ${s.calls === 1 ? 'call' : 'calls'}`,
    status: { invalid: 'invalid', failed: 'failed', notSent: 'notSent', succeeded: 'succeeded' },
    row: (row, line) => `row ${row} (line ${line})`, got: 'got', refused: 'the input as a whole was refused', refusedWhy: 'see below; the counts are of the items read before',
    byCode: { errors: (text) => `errors by code: ${text}`, warnings: (text) => `warnings by code: ${text}` },
    title: 'check Microsoft Defender for Endpoint indicators before the API answers 400',
    usage: 'Usage', options: 'Options', examples: 'Examples', showHelp: 'show this help', showVersion: 'show the version',
    lang: (tags) => `the language of messages and reports: ${tags} (default from LC_ALL, LC_MESSAGES or LANG)`,
    input: `Input: a JSON array (or an import body {"Indicators": [...]}), NDJSON (one indicator per line,
streamed, any size), the portal's CSV template (at most 500 rows), or a threat-intelligence feed
(a STIX 2.1 bundle or a MISP event, mapped to indicators). A feed is recognised by its first keys;
otherwise the format comes from the extension (EXTENSIONS), else from the first
character. "-" reads stdin.`,
    exit: `Exit codes: 0 every indicator is valid, 1 some are invalid, 2 the input is unusable (not JSON,
empty, wrong CSV header, too many rows, unreadable) or the command line is wrong. submit, list,
delete and sync also exit 1 when some failed or were not sent, 3 when sign-in, the permission
or the service failed, and 130 when stopped by Ctrl-C.`,
  },
  nl: {
    error: 'fout', warning: 'waarschuwing',
    item: (n) => `item ${n}`, line: (line, n) => `regel ${line} (item ${n})`,
    indicators: (n, f) => `${f(n)} ${n === 1 ? 'indicator' : 'indicatoren'}`, valid: (n, f) => `${f(n)} geldig`, invalid: (n, f) => `${f(n)} ongeldig`,
    warnings: (n, f) => `${f(n)} ${n === 1 ? 'waarschuwing' : 'waarschuwingen'}`,
    unlisted: (n, f) => `${f(n)} ${n === 1 ? 'waarschuwing' : 'waarschuwingen'} bij geldige indicatoren niet getoond; voeg --warnings toe om ze te zien`,
    at: (path) => ` bij ${path}`, seeHelp: 'zie mde-indicator --help',
    commands: {
      validate: 'meld elk probleem in elke indicator', build: 'schrijf importbody’s van de geldige',
      schema: 'toon het JSON-schema van een body', submit: 'verstuur de geldige naar de service', list: 'toon de indicatoren van de tenant',
      delete: 'verwijder indicatoren op id', sync: 'maak de indicatoren van één eigenaar gelijk aan een bestand', help: 'opties en voorbeelden van een opdracht',
    },
    submitted: (c, s) => `${c(s.total)} ${s.total === 1 ? 'indicator' : 'indicatoren'}: ${c(s.succeeded)} gelukt, ${c(s.failed)} mislukt, ${c(s.invalid)} ongeldig, ${c(s.notSent)} niet verzonden`,
    submitDry: (c, d) => `proefrun: zou ${c(d.items)} van ${c(d.total)} indicatoren verzenden in ${c(d.calls)} ${d.calls === 1 ? 'aanroep' : 'aanroepen'} naar ${d.route}, minstens ${c(d.seconds)} s aan tempobeperking; ${c(d.invalid)} ongeldig`,
    synced: (c, s) => `${c(s.total)} ${s.total === 1 ? 'indicator' : 'indicatoren'}: ${c(s.added)} toegevoegd, ${c(s.updated)} bijgewerkt, ${c(s.unchanged)} ongewijzigd, ${c(s.failed)} mislukt, ${c(s.invalid)} ongeldig, ${c(s.notSent)} niet verzonden; ${c(s.deleted)} verwijderd, ${c(s.deleteFailed)} niet verwijderd door een fout`,
    syncDry: (c, s) => `proefrun: zou ${c(s.adds)} toevoegen, ${c(s.updates)} bijwerken, ${c(s.deletes)} verwijderen; ${c(s.unchanged)} ongewijzigd, ${c(s.invalid)} ongeldig, ${c(s.others)} gelaten aan andere eigenaren`,
    deleted: (c, s) => `${c(s.total)} id’s: ${c(s.deleted)} verwijderd, ${c(s.missing)} niet gevonden, ${c(s.failed)} mislukt, ${c(s.notSent)} niet verzonden`,
    deleteDry: (c, s) => `proefrun: zou ${c(s.total)} indicatoren verwijderen in ${c(s.calls)} BatchDelete-${s.calls === 1 ? 'aanroep' : 'aanroepen'}`,
    status: { invalid: 'ongeldig', failed: 'mislukt', notSent: 'niet verzonden', succeeded: 'gelukt' },
    row: (row, line) => `rij ${row} (regel ${line})`, got: 'kreeg', refused: 'de invoer als geheel is geweigerd', refusedWhy: 'zie hieronder; de aantallen gaan over de eerder gelezen items',
    byCode: { errors: (text) => `fouten per code: ${text}`, warnings: (text) => `waarschuwingen per code: ${text}` },
    title: 'controleer Microsoft Defender voor Eindpunt-indicatoren voordat de API 400 antwoordt',
    usage: 'Gebruik', options: 'Opties', examples: 'Voorbeelden', showHelp: 'toon deze hulp', showVersion: 'toon de versie',
    lang: (tags) => `de taal van meldingen en rapporten: ${tags} (standaard uit LC_ALL, LC_MESSAGES of LANG)`,
    input: `Invoer: een JSON-matrix (of een importbody {"Indicators": [...]}), NDJSON (één indicator per regel,
gestreamd, elke grootte), de CSV-sjabloon van de portal (maximaal 500 rijen) of een
threat-intelligence-feed (een STIX 2.1-bundel of een MISP-gebeurtenis, omgezet in indicatoren). Een
feed wordt herkend aan de eerste sleutels; anders volgt de indeling uit de extensie (EXTENSIONS),
anders uit het eerste teken. "-" leest stdin.`,
    exit: `Afsluitcodes: 0 elke indicator is geldig, 1 sommige zijn ongeldig, 2 de invoer is onbruikbaar
(geen JSON, leeg, verkeerde CSV-koptekst, te veel rijen, onleesbaar) of de opdrachtregel is fout.
submit, list, delete en sync sluiten ook af met 1 als sommige mislukten of niet zijn verzonden, met 3
als aanmelden, de machtiging of de service faalde, en met 130 na Ctrl-C.`,
  },
  fr: {
    error: 'erreur', warning: 'avertissement',
    item: (n) => `élément ${n}`, line: (line, n) => `ligne ${line} (élément ${n})`,
    indicators: (n, f) => `${f(n)} ${n < 2 ? 'indicateur' : 'indicateurs'}`, valid: (n, f) => `${f(n)} ${n < 2 ? 'valide' : 'valides'}`,
    invalid: (n, f) => `${f(n)} non ${n < 2 ? 'valide' : 'valides'}`, warnings: (n, f) => `${f(n)} ${n < 2 ? 'avertissement' : 'avertissements'}`,
    unlisted: (n, f) => `${f(n)} ${n < 2 ? 'avertissement' : 'avertissements'} d’indicateurs valides non ${n < 2 ? 'affiché' : 'affichés'} ; ajoutez --warnings pour les voir`,
    at: (path) => ` à ${path}`, seeHelp: 'voir mde-indicator --help',
    commands: {
      validate: 'signale chaque problème de chaque indicateur', build: 'écrit les corps d’importation des valides',
      schema: 'affiche le schéma JSON d’un corps', submit: 'envoie les valides au service', list: 'affiche les indicateurs du locataire',
      delete: 'supprime des indicateurs par id', sync: 'rend les indicateurs d’un propriétaire égaux à un fichier', help: 'options et exemples d’une commande',
    },
    submitted: (c, s) => `${c(s.total)} ${s.total < 2 ? 'indicateur' : 'indicateurs'} : ${c(s.succeeded)} réussis, ${c(s.failed)} en échec, ${c(s.invalid)} non valides, ${c(s.notSent)} non envoyés`,
    submitDry: (c, d) => `simulation : enverrait ${c(d.items)} des ${c(d.total)} indicateurs en ${c(d.calls)} ${d.calls < 2 ? 'appel' : 'appels'} à ${d.route}, au moins ${c(d.seconds)} s de cadencement ; ${c(d.invalid)} non valides`,
    synced: (c, s) => `${c(s.total)} ${s.total < 2 ? 'indicateur' : 'indicateurs'} : ${c(s.added)} ajoutés, ${c(s.updated)} mis à jour, ${c(s.unchanged)} inchangés, ${c(s.failed)} en échec, ${c(s.invalid)} non valides, ${c(s.notSent)} non envoyés ; ${c(s.deleted)} supprimés, ${c(s.deleteFailed)} suppressions en échec`,
    syncDry: (c, s) => `simulation : ajouterait ${c(s.adds)}, mettrait à jour ${c(s.updates)}, supprimerait ${c(s.deletes)} ; ${c(s.unchanged)} inchangés, ${c(s.invalid)} non valides, ${c(s.others)} laissés aux autres propriétaires`,
    deleted: (c, s) => `${c(s.total)} id : ${c(s.deleted)} supprimés, ${c(s.missing)} introuvables, ${c(s.failed)} en échec, ${c(s.notSent)} non envoyés`,
    deleteDry: (c, s) => `simulation : supprimerait ${c(s.total)} indicateurs en ${c(s.calls)} ${s.calls < 2 ? 'appel' : 'appels'} BatchDelete`,
    status: { invalid: 'non valide', failed: 'en échec', notSent: 'non envoyé', succeeded: 'réussi' },
    row: (row, line) => `rangée ${row} (ligne ${line})`, got: 'reçu', refused: 'l’entrée a été refusée dans son ensemble', refusedWhy: 'voir ci-dessous ; les comptes portent sur les éléments lus avant',
    byCode: { errors: (text) => `erreurs par code : ${text}`, warnings: (text) => `avertissements par code : ${text}` },
    title: 'vérifie les indicateurs de Microsoft Defender pour point de terminaison avant que l’API réponde 400',
    usage: 'Utilisation', options: 'Options', examples: 'Exemples', showHelp: 'affiche cette aide', showVersion: 'affiche la version',
    lang: (tags) => `la langue des messages et des rapports : ${tags} (par défaut selon LC_ALL, LC_MESSAGES ou LANG)`,
    input: `Entrée : un tableau JSON (ou un corps d’importation {"Indicators": [...]}), du NDJSON (un indicateur
par ligne, lu au fil de l’eau, de toute taille), le modèle CSV du portail (500 lignes au plus) ou un
flux de renseignement sur les menaces (un bundle STIX 2.1 ou un événement MISP, converti en
indicateurs). Un flux est reconnu à ses premières clés ; sinon le format vient de l’extension
(EXTENSIONS), sinon du premier caractère. « - » lit l’entrée standard.`,
    exit: `Codes de sortie : 0 tous les indicateurs sont valides, 1 certains ne le sont pas, 2 l’entrée est
inutilisable (pas du JSON, vide, mauvais en-tête CSV, trop de lignes, illisible) ou la ligne de
commande est incorrecte. submit, list, delete et sync sortent aussi avec 1 quand certains ont
échoué ou n’ont pas été envoyés, 3 quand la connexion, l’autorisation ou le service a échoué, et
130 après Ctrl-C.`,
  },
  de: {
    error: 'Fehler', warning: 'Warnung',
    item: (n) => `Element ${n}`, line: (line, n) => `Zeile ${line} (Element ${n})`,
    indicators: (n, f) => `${f(n)} ${n === 1 ? 'Indikator' : 'Indikatoren'}`, valid: (n, f) => `${f(n)} gültig`, invalid: (n, f) => `${f(n)} ungültig`,
    warnings: (n, f) => `${f(n)} ${n === 1 ? 'Warnung' : 'Warnungen'}`,
    unlisted: (n, f) => `${f(n)} ${n === 1 ? 'Warnung' : 'Warnungen'} gültiger Indikatoren nicht aufgeführt; mit --warnings werden sie angezeigt`,
    at: (path) => ` bei ${path}`, seeHelp: 'siehe mde-indicator --help',
    commands: {
      validate: 'meldet jedes Problem jedes Indikators', build: 'schreibt Import-Textkörper der gültigen',
      schema: 'gibt das JSON-Schema eines Textkörpers aus', submit: 'sendet die gültigen an den Dienst', list: 'gibt die Indikatoren des Mandanten aus',
      delete: 'löscht Indikatoren nach ID', sync: 'gleicht die Indikatoren eines Besitzers an eine Datei an', help: 'Optionen und Beispiele eines Befehls',
    },
    submitted: (c, s) => `${c(s.total)} ${s.total === 1 ? 'Indikator' : 'Indikatoren'}: ${c(s.succeeded)} erfolgreich, ${c(s.failed)} fehlgeschlagen, ${c(s.invalid)} ungültig, ${c(s.notSent)} nicht gesendet`,
    submitDry: (c, d) => `Probelauf: würde ${c(d.items)} von ${c(d.total)} Indikatoren in ${c(d.calls)} ${d.calls === 1 ? 'Aufruf' : 'Aufrufen'} an ${d.route} senden, mindestens ${c(d.seconds)} s Drosselung; ${c(d.invalid)} ungültig`,
    synced: (c, s) => `${c(s.total)} ${s.total === 1 ? 'Indikator' : 'Indikatoren'}: ${c(s.added)} hinzugefügt, ${c(s.updated)} aktualisiert, ${c(s.unchanged)} unverändert, ${c(s.failed)} fehlgeschlagen, ${c(s.invalid)} ungültig, ${c(s.notSent)} nicht gesendet; ${c(s.deleted)} gelöscht, ${c(s.deleteFailed)} nicht gelöscht (Fehler)`,
    syncDry: (c, s) => `Probelauf: würde ${c(s.adds)} hinzufügen, ${c(s.updates)} aktualisieren, ${c(s.deletes)} löschen; ${c(s.unchanged)} unverändert, ${c(s.invalid)} ungültig, ${c(s.others)} anderen Besitzern überlassen`,
    deleted: (c, s) => `${c(s.total)} IDs: ${c(s.deleted)} gelöscht, ${c(s.missing)} nicht gefunden, ${c(s.failed)} fehlgeschlagen, ${c(s.notSent)} nicht gesendet`,
    deleteDry: (c, s) => `Probelauf: würde ${c(s.total)} Indikatoren in ${c(s.calls)} BatchDelete-${s.calls === 1 ? 'Aufruf' : 'Aufrufen'} löschen`,
    status: { invalid: 'ungültig', failed: 'fehlgeschlagen', notSent: 'nicht gesendet', succeeded: 'erfolgreich' },
    row: (row, line) => `Datensatz ${row} (Zeile ${line})`, got: 'erhalten', refused: 'die Eingabe wurde als Ganzes abgelehnt', refusedWhy: 'siehe unten; die Zahlen betreffen die zuvor gelesenen Elemente',
    byCode: { errors: (text) => `Fehler nach Code: ${text}`, warnings: (text) => `Warnungen nach Code: ${text}` },
    title: 'prüft Indikatoren für Microsoft Defender for Endpoint, bevor die API mit 400 antwortet',
    usage: 'Verwendung', options: 'Optionen', examples: 'Beispiele', showHelp: 'zeigt diese Hilfe', showVersion: 'zeigt die Version',
    lang: (tags) => `die Sprache von Meldungen und Berichten: ${tags} (Standard aus LC_ALL, LC_MESSAGES oder LANG)`,
    input: `Eingabe: ein JSON-Array (oder ein Import-Textkörper {"Indicators": [...]}), NDJSON (ein Indikator pro
Zeile, gestreamt, beliebig groß), die CSV-Vorlage des Portals (höchstens 500 Zeilen) oder ein
Threat-Intelligence-Feed (ein STIX 2.1-Bundle oder ein MISP-Ereignis, in Indikatoren umgesetzt). Ein
Feed wird an seinen ersten Schlüsseln erkannt; sonst ergibt sich das Format aus der Endung
(EXTENSIONS), sonst aus dem ersten Zeichen. „-“ liest stdin.`,
    exit: `Exitcodes: 0 jeder Indikator ist gültig, 1 manche sind ungültig, 2 die Eingabe ist unbrauchbar
(kein JSON, leer, falsche CSV-Kopfzeile, zu viele Zeilen, unlesbar) oder die Befehlszeile ist
falsch. submit, list, delete und sync enden auch mit 1, wenn manche fehlschlugen oder nicht gesendet
wurden, mit 3, wenn Anmeldung, Berechtigung oder Dienst versagten, und mit 130 nach Strg+C.`,
  },
  es: {
    error: 'error', warning: 'advertencia',
    item: (n) => `elemento ${n}`, line: (line, n) => `línea ${line} (elemento ${n})`,
    indicators: (n, f) => `${f(n)} ${n === 1 ? 'indicador' : 'indicadores'}`, valid: (n, f) => `${f(n)} ${n === 1 ? 'válido' : 'válidos'}`,
    invalid: (n, f) => `${f(n)} no ${n === 1 ? 'válido' : 'válidos'}`, warnings: (n, f) => `${f(n)} ${n === 1 ? 'advertencia' : 'advertencias'}`,
    unlisted: (n, f) => `${f(n)} ${n === 1 ? 'advertencia' : 'advertencias'} de indicadores válidos sin mostrar; agregue --warnings para verlas`,
    at: (path) => ` en ${path}`, seeHelp: 'consulte mde-indicator --help',
    commands: {
      validate: 'informa de cada problema de cada indicador', build: 'escribe cuerpos de importación de los válidos',
      schema: 'muestra el esquema JSON de un cuerpo', submit: 'envía los válidos al servicio', list: 'muestra los indicadores del inquilino',
      delete: 'elimina indicadores por id.', sync: 'iguala los indicadores de un propietario a un archivo', help: 'opciones y ejemplos de un comando',
    },
    submitted: (c, s) => `${c(s.total)} ${s.total === 1 ? 'indicador' : 'indicadores'}: ${c(s.succeeded)} correctos, ${c(s.failed)} con error, ${c(s.invalid)} no válidos, ${c(s.notSent)} sin enviar`,
    submitDry: (c, d) => `simulación: enviaría ${c(d.items)} de ${c(d.total)} indicadores en ${c(d.calls)} ${d.calls === 1 ? 'llamada' : 'llamadas'} a ${d.route}, al menos ${c(d.seconds)} s de espera por límites; ${c(d.invalid)} no válidos`,
    synced: (c, s) => `${c(s.total)} ${s.total === 1 ? 'indicador' : 'indicadores'}: ${c(s.added)} agregados, ${c(s.updated)} actualizados, ${c(s.unchanged)} sin cambios, ${c(s.failed)} con error, ${c(s.invalid)} no válidos, ${c(s.notSent)} sin enviar; ${c(s.deleted)} eliminados, ${c(s.deleteFailed)} no eliminados por error`,
    syncDry: (c, s) => `simulación: agregaría ${c(s.adds)}, actualizaría ${c(s.updates)}, eliminaría ${c(s.deletes)}; ${c(s.unchanged)} sin cambios, ${c(s.invalid)} no válidos, ${c(s.others)} dejados a otros propietarios`,
    deleted: (c, s) => `${c(s.total)} id.: ${c(s.deleted)} eliminados, ${c(s.missing)} no encontrados, ${c(s.failed)} con error, ${c(s.notSent)} sin enviar`,
    deleteDry: (c, s) => `simulación: eliminaría ${c(s.total)} indicadores en ${c(s.calls)} ${s.calls === 1 ? 'llamada' : 'llamadas'} a BatchDelete`,
    status: { invalid: 'no válido', failed: 'con error', notSent: 'sin enviar', succeeded: 'correcto' },
    row: (row, line) => `fila ${row} (línea ${line})`, got: 'recibido', refused: 'la entrada se rechazó en su conjunto', refusedWhy: 'vea abajo; los recuentos son de los elementos leídos antes',
    byCode: { errors: (text) => `errores por código: ${text}`, warnings: (text) => `advertencias por código: ${text}` },
    title: 'comprueba indicadores de Microsoft Defender para punto de conexión antes de que la API responda 400',
    usage: 'Uso', options: 'Opciones', examples: 'Ejemplos', showHelp: 'muestra esta ayuda', showVersion: 'muestra la versión',
    lang: (tags) => `el idioma de los mensajes y los informes: ${tags} (de forma predeterminada, según LC_ALL, LC_MESSAGES o LANG)`,
    input: `Entrada: una matriz JSON (o un cuerpo de importación {"Indicators": [...]}), NDJSON (un indicador
por línea, leído sobre la marcha, de cualquier tamaño), la plantilla CSV del portal (500 filas como
máximo) o una fuente de inteligencia sobre amenazas (un paquete STIX 2.1 o un evento MISP,
convertido en indicadores). Una fuente se reconoce por sus primeras claves; si no, el formato sale
de la extensión (EXTENSIONS) o del primer carácter. "-" lee la entrada estándar.`,
    exit: `Códigos de salida: 0 todos los indicadores son válidos, 1 algunos no lo son, 2 la entrada no se
puede usar (no es JSON, está vacía, encabezado CSV incorrecto, demasiadas filas, ilegible) o la
línea de comandos es incorrecta. submit, list, delete y sync también salen con 1 cuando algunos
fallaron o no se enviaron, con 3 cuando fallaron el inicio de sesión, el permiso o el servicio, y
con 130 tras Ctrl+C.`,
  },
  ja: {
    error: 'エラー', warning: '警告', comma: '、',
    item: (n) => `項目 ${n}`, line: (line, n) => `${line} 行目 (項目 ${n})`,
    indicators: (n, f) => `インジケーター ${f(n)} 個`, valid: (n, f) => `有効 ${f(n)}`, invalid: (n, f) => `無効 ${f(n)}`,
    warnings: (n, f) => `警告 ${f(n)} 件`,
    unlisted: (n, f) => `有効なインジケーターの警告 ${f(n)} 件は表示していません。表示するには --warnings を追加してください`,
    at: (path) => ` (${path})`, seeHelp: 'mde-indicator --help を参照',
    commands: {
      validate: 'すべてのインジケーターの問題をすべて報告する', build: '有効なもののインポート本文を書き出す',
      schema: '本文の JSON スキーマを表示する', submit: '有効なものをサービスに送信する', list: 'テナントのインジケーターを表示する',
      delete: 'ID でインジケーターを削除する', sync: '所有者のインジケーターをファイルと一致させる', help: 'コマンドのオプションと例',
    },
    submitted: (c, s) => `インジケーター ${c(s.total)} 個: 成功 ${c(s.succeeded)}、失敗 ${c(s.failed)}、無効 ${c(s.invalid)}、未送信 ${c(s.notSent)}`,
    submitDry: (c, d) => `ドライ ラン: ${c(d.total)} 個のうち ${c(d.items)} 個を ${d.route} に ${c(d.calls)} 回の呼び出しで送信します。ペース調整は最低 ${c(d.seconds)} 秒。無効 ${c(d.invalid)}`,
    synced: (c, s) => `インジケーター ${c(s.total)} 個: 追加 ${c(s.added)}、更新 ${c(s.updated)}、変更なし ${c(s.unchanged)}、失敗 ${c(s.failed)}、無効 ${c(s.invalid)}、未送信 ${c(s.notSent)}。削除 ${c(s.deleted)}、削除失敗 ${c(s.deleteFailed)}`,
    syncDry: (c, s) => `ドライ ラン: 追加 ${c(s.adds)}、更新 ${c(s.updates)}、削除 ${c(s.deletes)}。変更なし ${c(s.unchanged)}、無効 ${c(s.invalid)}、他の所有者のもの ${c(s.others)}`,
    deleted: (c, s) => `ID ${c(s.total)} 個: 削除 ${c(s.deleted)}、見つからない ${c(s.missing)}、失敗 ${c(s.failed)}、未送信 ${c(s.notSent)}`,
    deleteDry: (c, s) => `ドライ ラン: インジケーター ${c(s.total)} 個を BatchDelete の呼び出し ${c(s.calls)} 回で削除します`,
    status: { invalid: '無効', failed: '失敗', notSent: '未送信', succeeded: '成功' },
    row: (row, line) => `${row} 行目のデータ (${line} 行目)`, got: '値', refused: '入力全体が拒否されました', refusedWhy: '下記を参照してください。件数はそれまでに読み取った項目のものです',
    byCode: { errors: (text) => `コード別のエラー: ${text}`, warnings: (text) => `コード別の警告: ${text}` },
    title: 'API が 400 を返す前に Microsoft Defender for Endpoint のインジケーターを検査します',
    usage: '使用法', options: 'オプション', examples: '例', showHelp: 'このヘルプを表示する', showVersion: 'バージョンを表示する',
    lang: (tags) => `メッセージとレポートの言語: ${tags} (既定は LC_ALL、LC_MESSAGES、LANG から)`,
    input: `入力: JSON 配列 (またはインポート本文 {"Indicators": [...]})、NDJSON (1 行に 1 インジケーター、
ストリーム処理、サイズ無制限)、ポータルの CSV テンプレート (最大 500 行)、または脅威インテリジェンス
フィード (STIX 2.1 バンドルまたは MISP イベント、インジケーターに変換)。フィードは最初のキーで
判別し、それ以外は拡張子 (EXTENSIONS)、次に最初の文字で形式を決めます。"-" は stdin を読みます。`,
    exit: `終了コード: 0 すべて有効、1 一部が無効、2 入力を使用できない (JSON でない、空、CSV ヘッダーの誤り、
行が多すぎる、読み取れない) かコマンド ラインの誤り。submit、list、delete、sync は、一部が失敗または
未送信のときも 1、サインイン、アクセス許可、サービスが失敗したときは 3、Ctrl+C で停止したときは
130 で終了します。`,
  },
  'zh-TW': {
    error: '錯誤', warning: '警告', comma: '，',
    item: (n) => `項目 ${n}`, line: (line, n) => `第 ${line} 行 (項目 ${n})`,
    indicators: (n, f) => `${f(n)} 個指示器`, valid: (n, f) => `${f(n)} 個有效`, invalid: (n, f) => `${f(n)} 個無效`,
    warnings: (n, f) => `${f(n)} 個警告`,
    unlisted: (n, f) => `未列出有效指示器的 ${f(n)} 個警告；加上 --warnings 即可查看`,
    at: (path) => ` 於 ${path}`, seeHelp: '請參閱 mde-indicator --help',
    commands: {
      validate: '報告每個指示器的每個問題', build: '寫出有效指示器的匯入本文',
      schema: '顯示本文的 JSON 結構描述', submit: '將有效的指示器傳送到服務', list: '顯示租用戶的指示器',
      delete: '依識別碼刪除指示器', sync: '讓某個擁有者的指示器與檔案一致', help: '命令的選項和範例',
    },
    submitted: (c, s) => `${c(s.total)} 個指示器：${c(s.succeeded)} 個成功，${c(s.failed)} 個失敗，${c(s.invalid)} 個無效，${c(s.notSent)} 個未傳送`,
    submitDry: (c, d) => `試執行：會以 ${c(d.calls)} 次呼叫將 ${c(d.total)} 個指示器中的 ${c(d.items)} 個傳送到 ${d.route}，速率調節至少 ${c(d.seconds)} 秒；${c(d.invalid)} 個無效`,
    synced: (c, s) => `${c(s.total)} 個指示器：${c(s.added)} 個已新增，${c(s.updated)} 個已更新，${c(s.unchanged)} 個未變更，${c(s.failed)} 個失敗，${c(s.invalid)} 個無效，${c(s.notSent)} 個未傳送；${c(s.deleted)} 個已刪除，${c(s.deleteFailed)} 個刪除失敗`,
    syncDry: (c, s) => `試執行：會新增 ${c(s.adds)} 個、更新 ${c(s.updates)} 個、刪除 ${c(s.deletes)} 個；${c(s.unchanged)} 個未變更，${c(s.invalid)} 個無效，${c(s.others)} 個留給其他擁有者`,
    deleted: (c, s) => `${c(s.total)} 個識別碼：${c(s.deleted)} 個已刪除，${c(s.missing)} 個找不到，${c(s.failed)} 個失敗，${c(s.notSent)} 個未傳送`,
    deleteDry: (c, s) => `試執行：會以 ${c(s.calls)} 次 BatchDelete 呼叫刪除 ${c(s.total)} 個指示器`,
    status: { invalid: '無效', failed: '失敗', notSent: '未傳送', succeeded: '成功' },
    row: (row, line) => `第 ${row} 筆 (第 ${line} 行)`, got: '收到', refused: '整個輸入遭到拒絕', refusedWhy: '請參閱下方；計數為先前讀取的項目',
    byCode: { errors: (text) => `依代碼的錯誤：${text}`, warnings: (text) => `依代碼的警告：${text}` },
    title: '在 API 回應 400 之前檢查適用於端點的 Microsoft Defender 指示器',
    usage: '使用方式', options: '選項', examples: '範例', showHelp: '顯示此說明', showVersion: '顯示版本',
    lang: (tags) => `訊息和報告的語言：${tags} (預設取自 LC_ALL、LC_MESSAGES 或 LANG)`,
    input: `輸入：JSON 陣列 (或匯入本文 {"Indicators": [...]})、NDJSON (每行一個指示器，串流處理，
大小不限)、入口網站的 CSV 範本 (最多 500 列)，或威脅情報摘要 (STIX 2.1 套件組合或 MISP 事件，
對應為指示器)。摘要依其最前面的索引鍵辨識；否則依副檔名 (EXTENSIONS)，再否則依第一個字元
決定格式。"-" 讀取 stdin。`,
    exit: `結束代碼：0 所有指示器都有效，1 部分無效，2 輸入無法使用 (不是 JSON、空的、CSV 標頭錯誤、
列數過多、無法讀取) 或命令列有誤。submit、list、delete 和 sync 在部分失敗或未傳送時也以 1 結束，
登入、權限或服務失敗時以 3 結束，按 Ctrl+C 停止時以 130 結束。`,
  },
  'zh-CN': {
    error: '错误', warning: '警告', comma: '，',
    item: (n) => `第 ${n} 项`, line: (line, n) => `第 ${line} 行（第 ${n} 项）`,
    indicators: (n, f) => `${f(n)} 个指示器`, valid: (n, f) => `${f(n)} 个有效`, invalid: (n, f) => `${f(n)} 个无效`,
    warnings: (n, f) => `${f(n)} 个警告`,
    unlisted: (n, f) => `未列出有效指示器的 ${f(n)} 个警告；添加 --warnings 即可查看`,
    at: (path) => ` 于 ${path}`, seeHelp: '请参阅 mde-indicator --help',
    commands: {
      validate: '报告每个指示器的每个问题', build: '写出有效指示器的导入正文',
      schema: '显示正文的 JSON 架构', submit: '将有效的指示器发送到服务', list: '显示租户的指示器',
      delete: '按 ID 删除指示器', sync: '使某个所有者的指示器与文件一致', help: '命令的选项和示例',
    },
    submitted: (c, s) => `${c(s.total)} 个指示器：${c(s.succeeded)} 个成功，${c(s.failed)} 个失败，${c(s.invalid)} 个无效，${c(s.notSent)} 个未发送`,
    submitDry: (c, d) => `试运行：将以 ${c(d.calls)} 次调用把 ${c(d.total)} 个指示器中的 ${c(d.items)} 个发送到 ${d.route}，速率控制至少 ${c(d.seconds)} 秒；${c(d.invalid)} 个无效`,
    synced: (c, s) => `${c(s.total)} 个指示器：${c(s.added)} 个已添加，${c(s.updated)} 个已更新，${c(s.unchanged)} 个未更改，${c(s.failed)} 个失败，${c(s.invalid)} 个无效，${c(s.notSent)} 个未发送；${c(s.deleted)} 个已删除，${c(s.deleteFailed)} 个删除失败`,
    syncDry: (c, s) => `试运行：将添加 ${c(s.adds)} 个、更新 ${c(s.updates)} 个、删除 ${c(s.deletes)} 个；${c(s.unchanged)} 个未更改，${c(s.invalid)} 个无效，${c(s.others)} 个留给其他所有者`,
    deleted: (c, s) => `${c(s.total)} 个 ID：${c(s.deleted)} 个已删除，${c(s.missing)} 个未找到，${c(s.failed)} 个失败，${c(s.notSent)} 个未发送`,
    deleteDry: (c, s) => `试运行：将以 ${c(s.calls)} 次 BatchDelete 调用删除 ${c(s.total)} 个指示器`,
    status: { invalid: '无效', failed: '失败', notSent: '未发送', succeeded: '成功' },
    row: (row, line) => `第 ${row} 条（第 ${line} 行）`, got: '收到', refused: '整个输入被拒绝', refusedWhy: '请参阅下方；计数为之前读取的项',
    byCode: { errors: (text) => `按代码的错误：${text}`, warnings: (text) => `按代码的警告：${text}` },
    title: '在 API 返回 400 之前检查 Microsoft Defender for Endpoint 指示器',
    usage: '用法', options: '选项', examples: '示例', showHelp: '显示此帮助', showVersion: '显示版本',
    lang: (tags) => `消息和报告的语言：${tags}（默认取自 LC_ALL、LC_MESSAGES 或 LANG）`,
    input: `输入：JSON 数组（或导入正文 {"Indicators": [...]}）、NDJSON（每行一个指示器，流式处理，
大小不限）、门户的 CSV 模板（最多 500 行），或威胁情报源（STIX 2.1 捆绑包或 MISP 事件，
映射为指示器）。情报源按其最前面的键识别；否则按扩展名（EXTENSIONS），再否则按第一个字符
确定格式。"-" 读取 stdin。`,
    exit: `退出代码：0 所有指示器都有效，1 部分无效，2 输入无法使用（不是 JSON、为空、CSV 标题错误、
行数过多、无法读取）或命令行有误。submit、list、delete 和 sync 在部分失败或未发送时也以 1 退出，
登录、权限或服务失败时以 3 退出，按 Ctrl+C 停止时以 130 退出。`,
  },
};

/** The language of this run: its locale tag, its words and its numbers. */
export const lang = { tag: 'en', text: TEXT.en, number: (n) => n.toLocaleString('en-US'), seconds: (s) => s.toFixed(1) };

/** The CLI's words of every locale, for the tests. */
export const CLI_TEXT = TEXT;

/** The locale the environment asks for (LC_ALL, LC_MESSAGES, LANG: the first one set), else en. */
export function localeFromEnv(env) {
  const asked = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => typeof value === 'string' && value !== '');
  return (asked && mde.matchLocale(asked)) || 'en';
}

/**
 * Takes `--lang <tag>` (or `--lang=<tag>`) out of `argv`, wherever it stands, sets the run's
 * language from it or the environment, and loads that locale's messages.
 */
export function chooseLanguage(argv, env) {
  const rest = [];
  let asked;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') {
      if (i + 1 >= argv.length) throw new UsageError('option --lang needs a value');
      asked = argv[++i];
    } else if (arg.startsWith('--lang=')) asked = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  let tag = localeFromEnv(env);
  if (asked !== undefined) {
    tag = mde.matchLocale(asked);
    if (tag === null) throw new UsageError(`unknown language "${asked}"; use ${orList([...mde.LOCALES])}`);
  }
  if (tag !== 'en') require(`../../locales/${tag}.js`);
  const numbers = new Intl.NumberFormat(tag);
  const tenths = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  Object.assign(lang, { tag, text: TEXT[tag], number: (n) => numbers.format(n), seconds: (s) => tenths.format(s) });
  return rest;
}

/** The `locale` option for the package's functions: none for English, the core's own. */
export const localeOption = () => (lang.tag === 'en' ? {} : { locale: lang.tag });
