// The command line's language: `--lang <tag>`, else LC_ALL, LC_MESSAGES or LANG (the first that
// is set, as POSIX says), else English. It loads the package's locale for the issue messages and
// holds the CLI's own words: the main help, the report lines, usage errors, hints and build's
// summary (each command's help is js/cli/help.mjs's).

import { createRequire } from 'node:module';
import * as mde from '../../index.mjs';
import { UsageError } from './args.mjs';

const require = createRequire(import.meta.url);

/** Whether `n` takes the singular in `tag`: 1 in English, 0 and 1 in French (Intl.PluralRules). */
const singular = (tag) => {
  const rules = new Intl.PluralRules(tag);
  return (n) => rules.select(n) === 'one';
};
const oneEn = singular('en');
const oneNl = singular('nl');
const oneFr = singular('fr');
const oneDe = singular('de');
const oneEs = singular('es');

/** The words of the report and the main help, by locale; `{n}` counts are numbers already formatted. */
const TEXT = {
  en: {
    error: 'error', warning: 'warning',
    item: (n) => `item ${n}`, line: (line, n) => `line ${line} (item ${n})`,
    indicators: (n, f) => `${f(n)} ${oneEn(n) ? 'indicator' : 'indicators'}`, valid: (n, f) => `${f(n)} valid`, invalid: (n, f) => `${f(n)} invalid`,
    warnings: (n, f) => `${f(n)} ${oneEn(n) ? 'warning' : 'warnings'}`,
    unlisted: (n, f) => `${f(n)} ${oneEn(n) ? 'warning' : 'warnings'} of valid indicators not listed; add --warnings to see them`,
    at: (path) => ` at ${path}`, seeHelp: 'see mde-indicator --help',
    commands: {
      validate: 'report every problem in every indicator', build: 'write import bodies of the valid ones',
      schema: 'print the JSON Schema of a body', submit: 'send the valid ones to the service', list: "print the tenant's indicators",
      delete: 'delete indicators by id', sync: "make one owner's indicators equal to a file", help: 'options and examples of a command',
    },
    submitted: (c, s) => `${c(s.total)} ${oneEn(s.total) ? 'indicator' : 'indicators'}: ${c(s.succeeded)} succeeded, ${c(s.failed)} failed, ${c(s.invalid)} invalid, ${c(s.notSent)} not sent`,
    submitDry: (c, d) => `dry run: would send ${c(d.items)} of ${c(d.total)} ${oneEn(d.total) ? 'indicator' : 'indicators'} in ${c(d.calls)} ${oneEn(d.calls) ? 'call' : 'calls'} to ${d.route}, ${c(d.seconds)} s of pacing at least; ${c(d.invalid)} invalid`,
    synced: (c, s) => `${c(s.total)} ${oneEn(s.total) ? 'indicator' : 'indicators'}: ${c(s.added)} added, ${c(s.updated)} updated, ${c(s.unchanged)} unchanged, ${c(s.failed)} failed, ${c(s.invalid)} invalid, ${c(s.notSent)} not sent; ${c(s.deleted)} deleted, ${c(s.deleteFailed)} failed to delete`,
    syncDry: (c, s) => `dry run: would add ${c(s.adds)}, update ${c(s.updates)}, delete ${c(s.deletes)}; ${c(s.unchanged)} unchanged, ${c(s.invalid)} invalid, ${c(s.others)} left to other owners`,
    deleted: (c, s) => `${c(s.total)} ids: ${c(s.deleted)} deleted, ${c(s.missing)} not found, ${c(s.failed)} failed, ${c(s.notSent)} not sent`,
    deleteDry: (c, s) => `dry run: would delete ${c(s.total)} indicators in ${c(s.calls)} BatchDelete ${oneEn(s.calls) ? 'call' : 'calls'}`,
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
    indicators: (n, f) => `${f(n)} ${oneNl(n) ? 'indicator' : 'indicatoren'}`, valid: (n, f) => `${f(n)} geldig`, invalid: (n, f) => `${f(n)} ongeldig`,
    warnings: (n, f) => `${f(n)} ${oneNl(n) ? 'waarschuwing' : 'waarschuwingen'}`,
    unlisted: (n, f) => `${f(n)} ${oneNl(n) ? 'waarschuwing' : 'waarschuwingen'} bij geldige indicatoren niet getoond; voeg --warnings toe om ze te zien`,
    at: (path) => ` bij ${path}`, seeHelp: 'zie mde-indicator --help',
    commands: {
      validate: 'meld elk probleem in elke indicator', build: 'schrijf importbody’s van de geldige',
      schema: 'toon het JSON-schema van een body', submit: 'verstuur de geldige naar de service', list: 'toon de indicatoren van de tenant',
      delete: 'verwijder indicatoren op id', sync: 'maak de indicatoren van één eigenaar gelijk aan een bestand', help: 'opties en voorbeelden van een opdracht',
    },
    submitted: (c, s) => `${c(s.total)} ${oneNl(s.total) ? 'indicator' : 'indicatoren'}: ${c(s.succeeded)} gelukt, ${c(s.failed)} mislukt, ${c(s.invalid)} ongeldig, ${c(s.notSent)} niet verzonden`,
    submitDry: (c, d) => `proefrun: zou ${c(d.items)} van ${c(d.total)} indicatoren verzenden in ${c(d.calls)} ${oneNl(d.calls) ? 'aanroep' : 'aanroepen'} naar ${d.route}, minstens ${c(d.seconds)} s aan tempobeperking; ${c(d.invalid)} ongeldig`,
    synced: (c, s) => `${c(s.total)} ${oneNl(s.total) ? 'indicator' : 'indicatoren'}: ${c(s.added)} toegevoegd, ${c(s.updated)} bijgewerkt, ${c(s.unchanged)} ongewijzigd, ${c(s.failed)} mislukt, ${c(s.invalid)} ongeldig, ${c(s.notSent)} niet verzonden; ${c(s.deleted)} verwijderd, ${c(s.deleteFailed)} niet verwijderd door een fout`,
    syncDry: (c, s) => `proefrun: zou ${c(s.adds)} toevoegen, ${c(s.updates)} bijwerken, ${c(s.deletes)} verwijderen; ${c(s.unchanged)} ongewijzigd, ${c(s.invalid)} ongeldig, ${c(s.others)} gelaten aan andere eigenaren`,
    deleted: (c, s) => `${c(s.total)} id’s: ${c(s.deleted)} verwijderd, ${c(s.missing)} niet gevonden, ${c(s.failed)} mislukt, ${c(s.notSent)} niet verzonden`,
    deleteDry: (c, s) => `proefrun: zou ${c(s.total)} indicatoren verwijderen in ${c(s.calls)} BatchDelete-${oneNl(s.calls) ? 'aanroep' : 'aanroepen'}`,
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
    indicators: (n, f) => `${f(n)} ${oneFr(n) ? 'indicateur' : 'indicateurs'}`, valid: (n, f) => `${f(n)} ${oneFr(n) ? 'valide' : 'valides'}`,
    invalid: (n, f) => `${f(n)} non ${oneFr(n) ? 'valide' : 'valides'}`, warnings: (n, f) => `${f(n)} ${oneFr(n) ? 'avertissement' : 'avertissements'}`,
    unlisted: (n, f) => `${f(n)} ${oneFr(n) ? 'avertissement' : 'avertissements'} d’indicateurs valides non ${oneFr(n) ? 'affiché' : 'affichés'} ; ajoutez --warnings pour les voir`,
    at: (path) => ` à ${path}`, seeHelp: 'voir mde-indicator --help',
    commands: {
      validate: 'signale chaque problème de chaque indicateur', build: 'écrit les corps d’importation des valides',
      schema: 'affiche le schéma JSON d’un corps', submit: 'envoie les valides au service', list: 'affiche les indicateurs du locataire',
      delete: 'supprime des indicateurs par id', sync: 'rend les indicateurs d’un propriétaire égaux à un fichier', help: 'options et exemples d’une commande',
    },
    submitted: (c, s) => `${c(s.total)} ${oneFr(s.total) ? 'indicateur' : 'indicateurs'} : ${c(s.succeeded)} réussis, ${c(s.failed)} en échec, ${c(s.invalid)} non valides, ${c(s.notSent)} non envoyés`,
    submitDry: (c, d) => `simulation : enverrait ${c(d.items)} des ${c(d.total)} indicateurs en ${c(d.calls)} ${oneFr(d.calls) ? 'appel' : 'appels'} à ${d.route}, au moins ${c(d.seconds)} s de cadencement ; ${c(d.invalid)} non valides`,
    synced: (c, s) => `${c(s.total)} ${oneFr(s.total) ? 'indicateur' : 'indicateurs'} : ${c(s.added)} ajoutés, ${c(s.updated)} mis à jour, ${c(s.unchanged)} inchangés, ${c(s.failed)} en échec, ${c(s.invalid)} non valides, ${c(s.notSent)} non envoyés ; ${c(s.deleted)} supprimés, ${c(s.deleteFailed)} suppressions en échec`,
    syncDry: (c, s) => `simulation : ajouterait ${c(s.adds)}, mettrait à jour ${c(s.updates)}, supprimerait ${c(s.deletes)} ; ${c(s.unchanged)} inchangés, ${c(s.invalid)} non valides, ${c(s.others)} laissés aux autres propriétaires`,
    deleted: (c, s) => `${c(s.total)} id : ${c(s.deleted)} supprimés, ${c(s.missing)} introuvables, ${c(s.failed)} en échec, ${c(s.notSent)} non envoyés`,
    deleteDry: (c, s) => `simulation : supprimerait ${c(s.total)} indicateurs en ${c(s.calls)} ${oneFr(s.calls) ? 'appel' : 'appels'} BatchDelete`,
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
    indicators: (n, f) => `${f(n)} ${oneDe(n) ? 'Indikator' : 'Indikatoren'}`, valid: (n, f) => `${f(n)} gültig`, invalid: (n, f) => `${f(n)} ungültig`,
    warnings: (n, f) => `${f(n)} ${oneDe(n) ? 'Warnung' : 'Warnungen'}`,
    unlisted: (n, f) => `${f(n)} ${oneDe(n) ? 'Warnung' : 'Warnungen'} gültiger Indikatoren nicht aufgeführt; mit --warnings werden sie angezeigt`,
    at: (path) => ` bei ${path}`, seeHelp: 'siehe mde-indicator --help',
    commands: {
      validate: 'meldet jedes Problem jedes Indikators', build: 'schreibt Import-Textkörper der gültigen',
      schema: 'gibt das JSON-Schema eines Textkörpers aus', submit: 'sendet die gültigen an den Dienst', list: 'gibt die Indikatoren des Mandanten aus',
      delete: 'löscht Indikatoren nach ID', sync: 'gleicht die Indikatoren eines Besitzers an eine Datei an', help: 'Optionen und Beispiele eines Befehls',
    },
    submitted: (c, s) => `${c(s.total)} ${oneDe(s.total) ? 'Indikator' : 'Indikatoren'}: ${c(s.succeeded)} erfolgreich, ${c(s.failed)} fehlgeschlagen, ${c(s.invalid)} ungültig, ${c(s.notSent)} nicht gesendet`,
    submitDry: (c, d) => `Probelauf: würde ${c(d.items)} von ${c(d.total)} Indikatoren in ${c(d.calls)} ${oneDe(d.calls) ? 'Aufruf' : 'Aufrufen'} an ${d.route} senden, mindestens ${c(d.seconds)} s Drosselung; ${c(d.invalid)} ungültig`,
    synced: (c, s) => `${c(s.total)} ${oneDe(s.total) ? 'Indikator' : 'Indikatoren'}: ${c(s.added)} hinzugefügt, ${c(s.updated)} aktualisiert, ${c(s.unchanged)} unverändert, ${c(s.failed)} fehlgeschlagen, ${c(s.invalid)} ungültig, ${c(s.notSent)} nicht gesendet; ${c(s.deleted)} gelöscht, ${c(s.deleteFailed)} nicht gelöscht (Fehler)`,
    syncDry: (c, s) => `Probelauf: würde ${c(s.adds)} hinzufügen, ${c(s.updates)} aktualisieren, ${c(s.deletes)} löschen; ${c(s.unchanged)} unverändert, ${c(s.invalid)} ungültig, ${c(s.others)} anderen Besitzern überlassen`,
    deleted: (c, s) => `${c(s.total)} IDs: ${c(s.deleted)} gelöscht, ${c(s.missing)} nicht gefunden, ${c(s.failed)} fehlgeschlagen, ${c(s.notSent)} nicht gesendet`,
    deleteDry: (c, s) => `Probelauf: würde ${c(s.total)} Indikatoren in ${c(s.calls)} BatchDelete-${oneDe(s.calls) ? 'Aufruf' : 'Aufrufen'} löschen`,
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
    indicators: (n, f) => `${f(n)} ${oneEs(n) ? 'indicador' : 'indicadores'}`, valid: (n, f) => `${f(n)} ${oneEs(n) ? 'válido' : 'válidos'}`,
    invalid: (n, f) => `${f(n)} no ${oneEs(n) ? 'válido' : 'válidos'}`, warnings: (n, f) => `${f(n)} ${oneEs(n) ? 'advertencia' : 'advertencias'}`,
    unlisted: (n, f) => `${f(n)} ${oneEs(n) ? 'advertencia' : 'advertencias'} de indicadores válidos sin mostrar; agregue --warnings para verlas`,
    at: (path) => ` en ${path}`, seeHelp: 'consulte mde-indicator --help',
    commands: {
      validate: 'informa de cada problema de cada indicador', build: 'escribe cuerpos de importación de los válidos',
      schema: 'muestra el esquema JSON de un cuerpo', submit: 'envía los válidos al servicio', list: 'muestra los indicadores del inquilino',
      delete: 'elimina indicadores por id.', sync: 'iguala los indicadores de un propietario a un archivo', help: 'opciones y ejemplos de un comando',
    },
    submitted: (c, s) => `${c(s.total)} ${oneEs(s.total) ? 'indicador' : 'indicadores'}: ${c(s.succeeded)} correctos, ${c(s.failed)} con error, ${c(s.invalid)} no válidos, ${c(s.notSent)} sin enviar`,
    submitDry: (c, d) => `simulación: enviaría ${c(d.items)} de ${c(d.total)} indicadores en ${c(d.calls)} ${oneEs(d.calls) ? 'llamada' : 'llamadas'} a ${d.route}, al menos ${c(d.seconds)} s de espera por límites; ${c(d.invalid)} no válidos`,
    synced: (c, s) => `${c(s.total)} ${oneEs(s.total) ? 'indicador' : 'indicadores'}: ${c(s.added)} agregados, ${c(s.updated)} actualizados, ${c(s.unchanged)} sin cambios, ${c(s.failed)} con error, ${c(s.invalid)} no válidos, ${c(s.notSent)} sin enviar; ${c(s.deleted)} eliminados, ${c(s.deleteFailed)} no eliminados por error`,
    syncDry: (c, s) => `simulación: agregaría ${c(s.adds)}, actualizaría ${c(s.updates)}, eliminaría ${c(s.deletes)}; ${c(s.unchanged)} sin cambios, ${c(s.invalid)} no válidos, ${c(s.others)} dejados a otros propietarios`,
    deleted: (c, s) => `${c(s.total)} id.: ${c(s.deleted)} eliminados, ${c(s.missing)} no encontrados, ${c(s.failed)} con error, ${c(s.notSent)} sin enviar`,
    deleteDry: (c, s) => `simulación: eliminaría ${c(s.total)} indicadores en ${c(s.calls)} ${oneEs(s.calls) ? 'llamada' : 'llamadas'} a BatchDelete`,
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

/** The words of usage errors, hints, feed lines and build's summary, by locale. */
const MESSAGES = {
  en: {
    unknownOption: (o) => `unknown option ${o}`, needsValue: (o) => `option ${o} needs a value`, takesNoValue: (o) => `option ${o} takes no value`,
    unknownValue: (what, value, list) => `${what} "${value}"; use ${list}`,
    unknown: { profile: 'unknown profile', inputFormat: 'unknown input format', format: 'unknown format', mode: 'unknown mode', language: 'unknown language', command: 'unknown command' },
    missingInput: 'missing the input file (a path, or - for stdin)', oneInput: (n, files) => `expected one input file, got ${n}: ${files}`,
    missingCommand: (names) => `missing a command: ${names}`, optionFirst: (o, names) => `unknown option ${o}; a command comes first: ${names}`,
    internal: 'internal error', takesNoFile: (command, got) => `${command} takes no file, got ${got}`,
    missingOut: 'missing --out <dir>, where the import bodies go',
    batchSize: (max) => `--batch-size must be a whole number from 1 to ${max} (the import API's maximum)`,
    top: '--top must be a positive whole number', retries: '--retries must be a whole number',
    expiresInDays: '--expires-in-days must be a whole number of days',
    actionKinds: (part) => `--action "${part}" is not kind=Action; the kinds are files, certificates and network`,
    missingOwner: 'missing --owner <name>: whose indicators to sync',
    missingIds: 'missing the ids file (a path, or - for stdin)', oneIds: (n) => `expected one ids file, got ${n}`,
    idsNotArray: (why) => `the ids file is not a JSON array: ${why}`, entryNoId: (i) => `entry ${i} of the ids file has no id`,
    holdsFeed: (file, format, formats) => `${file} holds a ${format} feed; this command takes indicators (${formats}): map the feed with \`mde-indicator build\` first`,
    stopping: 'stopping after the call in flight (Ctrl-C again to quit at once)',
    listing: "listing the tenant's indicators",
    progress: (c, p) => `${c(p.sent)} of ${c(p.wanted)} sent, ${c(p.succeeded)} succeeded, ${c(p.failed)} failed`,
    waiting: (c, s) => `, waiting ${c(s)} s for the rate limit`,
    deleteFailed: (id, what) => `delete ${id} (${what}): failed`,
    hint: 'hint', note: 'note',
    hints: {
      zip: 'this is a ZIP archive, most likely an Excel workbook (.xlsx): save the sheet as "CSV UTF-8" and give that file',
      utf16: 'the file looks like UTF-16 text (Windows "Unicode"): save it as UTF-8',
      semicolons: "the columns are separated by semicolons (a spreadsheet in a comma-decimal locale): the portal's template uses commas",
      trailingComma: 'a comma right before this ] or }: JSON allows no trailing comma',
    },
    skipped: 'skipped',
    feedEntries: { stix: (n, c) => `${c(n)} objects`, misp: (n, c) => `${c(n)} attributes`, other: (n, c) => `${c(n)} entries` },
    feedSkipped: (n, c, byCode) => `${c(n)} skipped${byCode}`, feedOther: (n, c, types) => `${c(n)} other objects (${types})`,
    skippedListed: (n, c, path) => `${c(n)} ${oneEn(n) ? 'skipped entry' : 'skipped entries'} of the feed listed in ${path}`,
    wrote: (c, w) => `wrote ${c(w.bodies)} ${oneEn(w.bodies) ? 'import body' : 'import bodies'} to ${w.dir} (${w.range}): ${c(w.calls)} ${oneEn(w.calls) ? 'call' : 'calls'} to POST /api/indicators/import, at most ${c(w.perMinute)} a minute`,
    planNote: (c, n, message) => `${c(n)} indicators ${message}`,
    noBodies: (dir) => `no valid indicators, so no import bodies written to ${dir}`,
    duplicates: (n, c) => `left out ${c(n)} ${oneEn(n) ? 'duplicate' : 'duplicates'} of an earlier indicator (same type and value); --no-dedupe keeps them`,
    invalidListed: (n, c, path) => `${c(n)} ${oneEn(n) ? 'invalid indicator' : 'invalid indicators'} listed in ${path}:`,
    moreIssues: (n, c) => ` (+${c(n)} more)`, andMore: (n, c) => `  ... and ${c(n)} more`,
    nothingWritten: (c, dir, total, invalid) => `nothing written to ${dir} (${c(total)} items read, ${c(invalid)} of them invalid, before the input was refused)`,
    splitNote: (c, size) => `; split into bodies of at most ${c(size)}`,
  },
  nl: {
    unknownOption: (o) => `onbekende optie ${o}`, needsValue: (o) => `optie ${o} vereist een waarde`, takesNoValue: (o) => `optie ${o} neemt geen waarde`,
    unknownValue: (what, value, list) => `${what} "${value}"; gebruik ${list}`,
    unknown: { profile: 'onbekend profiel', inputFormat: 'onbekende invoerindeling', format: 'onbekende indeling', mode: 'onbekende modus', language: 'onbekende taal', command: 'onbekende opdracht' },
    missingInput: 'het invoerbestand ontbreekt (een pad, of - voor stdin)', oneInput: (n, files) => `één invoerbestand verwacht, kreeg er ${n}: ${files}`,
    missingCommand: (names) => `er ontbreekt een opdracht: ${names}`, optionFirst: (o, names) => `onbekende optie ${o}; eerst komt een opdracht: ${names}`,
    internal: 'interne fout', takesNoFile: (command, got) => `${command} neemt geen bestand, kreeg ${got}`,
    missingOut: '--out <dir> ontbreekt, waar de importbody’s heen gaan',
    batchSize: (max) => `--batch-size moet een geheel getal van 1 tot ${max} zijn (het maximum van de import-API)`,
    top: '--top moet een positief geheel getal zijn', retries: '--retries moet een geheel getal zijn',
    expiresInDays: '--expires-in-days moet een geheel aantal dagen zijn',
    actionKinds: (part) => `--action "${part}" is geen soort=Actie; de soorten zijn files, certificates en network`,
    missingOwner: '--owner <name> ontbreekt: van wie de indicatoren gesynchroniseerd worden',
    missingIds: 'het bestand met id’s ontbreekt (een pad, of - voor stdin)', oneIds: (n) => `één bestand met id’s verwacht, kreeg er ${n}`,
    idsNotArray: (why) => `het bestand met id’s is geen JSON-matrix: ${why}`, entryNoId: (i) => `vermelding ${i} van het bestand met id’s heeft geen id`,
    holdsFeed: (file, format, formats) => `${file} bevat een ${format}-feed; deze opdracht neemt indicatoren (${formats}): zet de feed eerst om met \`mde-indicator build\``,
    stopping: 'stopt na de lopende aanroep (nogmaals Ctrl-C om direct te stoppen)',
    listing: 'de indicatoren van de tenant worden opgehaald',
    progress: (c, p) => `${c(p.sent)} van ${c(p.wanted)} verzonden, ${c(p.succeeded)} gelukt, ${c(p.failed)} mislukt`,
    waiting: (c, s) => `, wacht ${c(s)} s vanwege de frequentielimiet`,
    deleteFailed: (id, what) => `verwijderen van ${id} (${what}): mislukt`,
    hint: 'tip', note: 'opmerking',
    hints: {
      zip: 'dit is een ZIP-archief, waarschijnlijk een Excel-werkmap (.xlsx): sla het blad op als "CSV UTF-8" en geef dat bestand',
      utf16: 'het bestand lijkt UTF-16-tekst (Windows "Unicode"): sla het op als UTF-8',
      semicolons: 'de kolommen zijn gescheiden door puntkomma’s (een spreadsheet met decimale komma): de sjabloon van de portal gebruikt komma’s',
      trailingComma: 'een komma vlak voor deze ] of }: JSON staat geen afsluitende komma toe',
    },
    skipped: 'overgeslagen',
    feedEntries: { stix: (n, c) => `${c(n)} objecten`, misp: (n, c) => `${c(n)} attributen`, other: (n, c) => `${c(n)} vermeldingen` },
    feedSkipped: (n, c, byCode) => `${c(n)} overgeslagen${byCode}`, feedOther: (n, c, types) => `${c(n)} andere objecten (${types})`,
    skippedListed: (n, c, path) => `${c(n)} ${oneNl(n) ? 'overgeslagen vermelding' : 'overgeslagen vermeldingen'} van de feed staan in ${path}`,
    wrote: (c, w) => `${c(w.bodies)} ${oneNl(w.bodies) ? 'importbody' : 'importbody’s'} geschreven naar ${w.dir} (${w.range}): ${c(w.calls)} ${oneNl(w.calls) ? 'aanroep' : 'aanroepen'} van POST /api/indicators/import, maximaal ${c(w.perMinute)} per minuut`,
    planNote: (c, n, message) => `${c(n)} indicatoren: ${message}`,
    noBodies: (dir) => `geen geldige indicatoren, dus geen importbody’s geschreven naar ${dir}`,
    duplicates: (n, c) => `${c(n)} ${oneNl(n) ? 'duplicaat' : 'duplicaten'} van een eerdere indicator weggelaten (zelfde type en waarde); --no-dedupe houdt ze`,
    invalidListed: (n, c, path) => `${c(n)} ${oneNl(n) ? 'ongeldige indicator staat' : 'ongeldige indicatoren staan'} in ${path}:`,
    moreIssues: (n, c) => ` (+${c(n)} meer)`, andMore: (n, c) => `  ... en nog ${c(n)}`,
    nothingWritten: (c, dir, total, invalid) => `niets geschreven naar ${dir} (${c(total)} items gelezen, waarvan ${c(invalid)} ongeldig, voordat de invoer werd geweigerd)`,
    splitNote: (c, size) => `; opgesplitst in body’s van maximaal ${c(size)}`,
  },
  fr: {
    unknownOption: (o) => `option inconnue ${o}`, needsValue: (o) => `l’option ${o} demande une valeur`, takesNoValue: (o) => `l’option ${o} ne prend pas de valeur`,
    unknownValue: (what, value, list) => `${what} « ${value} » ; utilisez ${list}`,
    unknown: { profile: 'profil inconnu', inputFormat: 'format d’entrée inconnu', format: 'format inconnu', mode: 'mode inconnu', language: 'langue inconnue', command: 'commande inconnue' },
    missingInput: 'il manque le fichier d’entrée (un chemin, ou - pour l’entrée standard)', oneInput: (n, files) => `un seul fichier d’entrée attendu, reçu ${n} : ${files}`,
    missingCommand: (names) => `il manque une commande : ${names}`, optionFirst: (o, names) => `option inconnue ${o} ; la commande vient en premier : ${names}`,
    internal: 'erreur interne', takesNoFile: (command, got) => `${command} ne prend pas de fichier, reçu ${got}`,
    missingOut: 'il manque --out <dir>, où écrire les corps d’importation',
    batchSize: (max) => `--batch-size doit être un nombre entier de 1 à ${max} (le maximum de l’API d’importation)`,
    top: '--top doit être un nombre entier positif', retries: '--retries doit être un nombre entier',
    expiresInDays: '--expires-in-days doit être un nombre entier de jours',
    actionKinds: (part) => `--action « ${part} » n’est pas de la forme genre=Action ; les genres sont files, certificates et network`,
    missingOwner: 'il manque --owner <name> : le propriétaire dont synchroniser les indicateurs',
    missingIds: 'il manque le fichier d’id (un chemin, ou - pour l’entrée standard)', oneIds: (n) => `un seul fichier d’id attendu, reçu ${n}`,
    idsNotArray: (why) => `le fichier d’id n’est pas un tableau JSON : ${why}`, entryNoId: (i) => `l’entrée ${i} du fichier d’id n’a pas d’id`,
    holdsFeed: (file, format, formats) => `${file} contient un flux ${format} ; cette commande prend des indicateurs (${formats}) : convertissez d’abord le flux avec \`mde-indicator build\``,
    stopping: 'arrêt après l’appel en cours (Ctrl-C à nouveau pour quitter immédiatement)',
    listing: 'lecture des indicateurs du locataire',
    progress: (c, p) => `${c(p.sent)} sur ${c(p.wanted)} envoyés, ${c(p.succeeded)} réussis, ${c(p.failed)} en échec`,
    waiting: (c, s) => `, attente de ${c(s)} s pour la limite de débit`,
    deleteFailed: (id, what) => `suppression de ${id} (${what}) : en échec`,
    hint: 'conseil', note: 'remarque',
    hints: {
      zip: 'ceci est une archive ZIP, sans doute un classeur Excel (.xlsx) : enregistrez la feuille au format « CSV UTF-8 » et donnez ce fichier',
      utf16: 'le fichier semble être du texte UTF-16 (« Unicode » de Windows) : enregistrez-le en UTF-8',
      semicolons: 'les colonnes sont séparées par des points-virgules (un tableur à virgule décimale) : le modèle du portail utilise des virgules',
      trailingComma: 'une virgule juste avant ce ] ou } : JSON n’admet pas de virgule finale',
    },
    skipped: 'ignoré',
    feedEntries: { stix: (n, c) => `${c(n)} ${oneFr(n) ? 'objet' : 'objets'}`, misp: (n, c) => `${c(n)} ${oneFr(n) ? 'attribut' : 'attributs'}`, other: (n, c) => `${c(n)} ${oneFr(n) ? 'entrée' : 'entrées'}` },
    feedSkipped: (n, c, byCode) => `${c(n)} ${oneFr(n) ? 'ignorée' : 'ignorées'}${byCode}`, feedOther: (n, c, types) => `${c(n)} ${oneFr(n) ? 'autre objet' : 'autres objets'} (${types})`,
    skippedListed: (n, c, path) => `${c(n)} ${oneFr(n) ? 'entrée ignorée' : 'entrées ignorées'} du flux ${oneFr(n) ? 'listée' : 'listées'} dans ${path}`,
    wrote: (c, w) => `${c(w.bodies)} ${oneFr(w.bodies) ? 'corps d’importation écrit' : 'corps d’importation écrits'} dans ${w.dir} (${w.range}) : ${c(w.calls)} ${oneFr(w.calls) ? 'appel' : 'appels'} à POST /api/indicators/import, ${c(w.perMinute)} par minute au plus`,
    planNote: (c, n, message) => `${c(n)} ${oneFr(n) ? 'indicateur' : 'indicateurs'} : ${message}`,
    noBodies: (dir) => `aucun indicateur valide, donc aucun corps d’importation écrit dans ${dir}`,
    duplicates: (n, c) => `${c(n)} ${oneFr(n) ? 'doublon' : 'doublons'} d’un indicateur précédent ${oneFr(n) ? 'laissé' : 'laissés'} de côté (même type et même valeur) ; --no-dedupe les garde`,
    invalidListed: (n, c, path) => `${c(n)} ${oneFr(n) ? 'indicateur non valide listé' : 'indicateurs non valides listés'} dans ${path} :`,
    moreIssues: (n, c) => ` (+${c(n)} de plus)`, andMore: (n, c) => `  ... et ${c(n)} de plus`,
    nothingWritten: (c, dir, total, invalid) => `rien n’a été écrit dans ${dir} (${c(total)} éléments lus, dont ${c(invalid)} non valides, avant que l’entrée soit refusée)`,
    splitNote: (c, size) => ` ; découpé en corps de ${c(size)} au plus`,
  },
  de: {
    unknownOption: (o) => `unbekannte Option ${o}`, needsValue: (o) => `Option ${o} braucht einen Wert`, takesNoValue: (o) => `Option ${o} nimmt keinen Wert`,
    unknownValue: (what, value, list) => `${what} „${value}“; verwenden Sie ${list}`,
    unknown: { profile: 'unbekanntes Profil', inputFormat: 'unbekanntes Eingabeformat', format: 'unbekanntes Format', mode: 'unbekannter Modus', language: 'unbekannte Sprache', command: 'unbekannter Befehl' },
    missingInput: 'die Eingabedatei fehlt (ein Pfad oder - für stdin)', oneInput: (n, files) => `eine Eingabedatei erwartet, ${n} erhalten: ${files}`,
    missingCommand: (names) => `ein Befehl fehlt: ${names}`, optionFirst: (o, names) => `unbekannte Option ${o}; zuerst kommt ein Befehl: ${names}`,
    internal: 'interner Fehler', takesNoFile: (command, got) => `${command} nimmt keine Datei, erhalten: ${got}`,
    missingOut: '--out <dir> fehlt, wohin die Import-Textkörper geschrieben werden',
    batchSize: (max) => `--batch-size muss eine ganze Zahl von 1 bis ${max} sein (das Maximum der Import-API)`,
    top: '--top muss eine positive ganze Zahl sein', retries: '--retries muss eine ganze Zahl sein',
    expiresInDays: '--expires-in-days muss eine ganze Zahl von Tagen sein',
    actionKinds: (part) => `--action „${part}“ hat nicht die Form Art=Aktion; die Arten sind files, certificates und network`,
    missingOwner: '--owner <name> fehlt: wessen Indikatoren synchronisiert werden',
    missingIds: 'die ID-Datei fehlt (ein Pfad oder - für stdin)', oneIds: (n) => `eine ID-Datei erwartet, ${n} erhalten`,
    idsNotArray: (why) => `die ID-Datei ist kein JSON-Array: ${why}`, entryNoId: (i) => `Eintrag ${i} der ID-Datei hat keine ID`,
    holdsFeed: (file, format, formats) => `${file} enthält einen ${format}-Feed; dieser Befehl nimmt Indikatoren (${formats}): setzen Sie den Feed zuerst mit \`mde-indicator build\` um`,
    stopping: 'stoppt nach dem laufenden Aufruf (erneut Strg+C zum sofortigen Beenden)',
    listing: 'die Indikatoren des Mandanten werden abgerufen',
    progress: (c, p) => `${c(p.sent)} von ${c(p.wanted)} gesendet, ${c(p.succeeded)} erfolgreich, ${c(p.failed)} fehlgeschlagen`,
    waiting: (c, s) => `, wartet ${c(s)} s wegen der Ratenbegrenzung`,
    deleteFailed: (id, what) => `Löschen von ${id} (${what}): fehlgeschlagen`,
    hint: 'Hinweis', note: 'Anmerkung',
    hints: {
      zip: 'dies ist ein ZIP-Archiv, wahrscheinlich eine Excel-Arbeitsmappe (.xlsx): speichern Sie das Blatt als „CSV UTF-8“ und geben Sie diese Datei an',
      utf16: 'die Datei scheint UTF-16-Text zu sein (Windows-„Unicode“): speichern Sie sie als UTF-8',
      semicolons: 'die Spalten sind durch Semikolons getrennt (eine Tabelle mit Dezimalkomma): die Vorlage des Portals verwendet Kommas',
      trailingComma: 'ein Komma direkt vor dieser ] oder }: JSON erlaubt kein abschließendes Komma',
    },
    skipped: 'übersprungen',
    feedEntries: { stix: (n, c) => `${c(n)} ${oneDe(n) ? 'Objekt' : 'Objekte'}`, misp: (n, c) => `${c(n)} ${oneDe(n) ? 'Attribut' : 'Attribute'}`, other: (n, c) => `${c(n)} ${oneDe(n) ? 'Eintrag' : 'Einträge'}` },
    feedSkipped: (n, c, byCode) => `${c(n)} übersprungen${byCode}`, feedOther: (n, c, types) => `${c(n)} ${oneDe(n) ? 'anderes Objekt' : 'andere Objekte'} (${types})`,
    skippedListed: (n, c, path) => `${c(n)} ${oneDe(n) ? 'übersprungener Eintrag' : 'übersprungene Einträge'} des Feeds in ${path} aufgeführt`,
    wrote: (c, w) => `${c(w.bodies)} ${oneDe(w.bodies) ? 'Import-Textkörper' : 'Import-Textkörper'} nach ${w.dir} geschrieben (${w.range}): ${c(w.calls)} ${oneDe(w.calls) ? 'Aufruf' : 'Aufrufe'} von POST /api/indicators/import, höchstens ${c(w.perMinute)} pro Minute`,
    planNote: (c, n, message) => `${c(n)} ${oneDe(n) ? 'Indikator' : 'Indikatoren'}: ${message}`,
    noBodies: (dir) => `keine gültigen Indikatoren, daher keine Import-Textkörper nach ${dir} geschrieben`,
    duplicates: (n, c) => `${c(n)} ${oneDe(n) ? 'Duplikat' : 'Duplikate'} eines früheren Indikators ausgelassen (gleicher Typ und Wert); --no-dedupe behält sie`,
    invalidListed: (n, c, path) => `${c(n)} ${oneDe(n) ? 'ungültiger Indikator' : 'ungültige Indikatoren'} in ${path} aufgeführt:`,
    moreIssues: (n, c) => ` (+${c(n)} weitere)`, andMore: (n, c) => `  ... und ${c(n)} weitere`,
    nothingWritten: (c, dir, total, invalid) => `nichts nach ${dir} geschrieben (${c(total)} Elemente gelesen, davon ${c(invalid)} ungültig, bevor die Eingabe abgelehnt wurde)`,
    splitNote: (c, size) => `; in Textkörper mit höchstens ${c(size)} aufgeteilt`,
  },
  es: {
    unknownOption: (o) => `opción desconocida ${o}`, needsValue: (o) => `la opción ${o} necesita un valor`, takesNoValue: (o) => `la opción ${o} no admite valor`,
    unknownValue: (what, value, list) => `${what} "${value}"; use ${list}`,
    unknown: { profile: 'perfil desconocido', inputFormat: 'formato de entrada desconocido', format: 'formato desconocido', mode: 'modo desconocido', language: 'idioma desconocido', command: 'comando desconocido' },
    missingInput: 'falta el archivo de entrada (una ruta, o - para stdin)', oneInput: (n, files) => `se esperaba un archivo de entrada, se recibieron ${n}: ${files}`,
    missingCommand: (names) => `falta un comando: ${names}`, optionFirst: (o, names) => `opción desconocida ${o}; primero va un comando: ${names}`,
    internal: 'error interno', takesNoFile: (command, got) => `${command} no admite archivos; se recibió ${got}`,
    missingOut: 'falta --out <dir>, donde van los cuerpos de importación',
    batchSize: (max) => `--batch-size debe ser un número entero de 1 a ${max} (el máximo de la API de importación)`,
    top: '--top debe ser un número entero positivo', retries: '--retries debe ser un número entero',
    expiresInDays: '--expires-in-days debe ser un número entero de días',
    actionKinds: (part) => `--action "${part}" no tiene la forma tipo=Acción; los tipos son files, certificates y network`,
    missingOwner: 'falta --owner <name>: de quién son los indicadores que se sincronizan',
    missingIds: 'falta el archivo de id. (una ruta, o - para stdin)', oneIds: (n) => `se esperaba un archivo de id., se recibieron ${n}`,
    idsNotArray: (why) => `el archivo de id. no es una matriz JSON: ${why}`, entryNoId: (i) => `la entrada ${i} del archivo de id. no tiene id.`,
    holdsFeed: (file, format, formats) => `${file} contiene una fuente ${format}; este comando admite indicadores (${formats}): convierta primero la fuente con \`mde-indicator build\``,
    stopping: 'se detendrá tras la llamada en curso (Ctrl+C otra vez para salir ya)',
    listing: 'leyendo los indicadores del inquilino',
    progress: (c, p) => `${c(p.sent)} de ${c(p.wanted)} enviados, ${c(p.succeeded)} correctos, ${c(p.failed)} con error`,
    waiting: (c, s) => `, esperando ${c(s)} s por el límite de velocidad`,
    deleteFailed: (id, what) => `eliminar ${id} (${what}): con error`,
    hint: 'sugerencia', note: 'nota',
    hints: {
      zip: 'es un archivo ZIP, seguramente un libro de Excel (.xlsx): guarde la hoja como "CSV UTF-8" y use ese archivo',
      utf16: 'el archivo parece texto UTF-16 ("Unicode" de Windows): guárdelo como UTF-8',
      semicolons: 'las columnas están separadas por punto y coma (una hoja de cálculo con coma decimal): la plantilla del portal usa comas',
      trailingComma: 'una coma justo antes de este ] o }: JSON no admite una coma final',
    },
    skipped: 'omitido',
    feedEntries: { stix: (n, c) => `${c(n)} ${oneEs(n) ? 'objeto' : 'objetos'}`, misp: (n, c) => `${c(n)} ${oneEs(n) ? 'atributo' : 'atributos'}`, other: (n, c) => `${c(n)} ${oneEs(n) ? 'entrada' : 'entradas'}` },
    feedSkipped: (n, c, byCode) => `${c(n)} ${oneEs(n) ? 'omitida' : 'omitidas'}${byCode}`, feedOther: (n, c, types) => `${c(n)} ${oneEs(n) ? 'otro objeto' : 'otros objetos'} (${types})`,
    skippedListed: (n, c, path) => `${c(n)} ${oneEs(n) ? 'entrada omitida' : 'entradas omitidas'} de la fuente en ${path}`,
    wrote: (c, w) => `${c(w.bodies)} ${oneEs(w.bodies) ? 'cuerpo de importación escrito' : 'cuerpos de importación escritos'} en ${w.dir} (${w.range}): ${c(w.calls)} ${oneEs(w.calls) ? 'llamada' : 'llamadas'} a POST /api/indicators/import, como máximo ${c(w.perMinute)} por minuto`,
    planNote: (c, n, message) => `${c(n)} ${oneEs(n) ? 'indicador' : 'indicadores'}: ${message}`,
    noBodies: (dir) => `ningún indicador válido, así que no se escribió ningún cuerpo de importación en ${dir}`,
    duplicates: (n, c) => `${c(n)} ${oneEs(n) ? 'duplicado omitido' : 'duplicados omitidos'} de un indicador anterior (mismo tipo y valor); --no-dedupe los conserva`,
    invalidListed: (n, c, path) => `${c(n)} ${oneEs(n) ? 'indicador no válido' : 'indicadores no válidos'} en ${path}:`,
    moreIssues: (n, c) => ` (+${c(n)} más)`, andMore: (n, c) => `  ... y ${c(n)} más`,
    nothingWritten: (c, dir, total, invalid) => `no se escribió nada en ${dir} (${c(total)} elementos leídos, ${c(invalid)} de ellos no válidos, antes de que se rechazara la entrada)`,
    splitNote: (c, size) => `; dividido en cuerpos de ${c(size)} como máximo`,
  },
  ja: {
    unknownOption: (o) => `不明なオプション ${o}`, needsValue: (o) => `オプション ${o} には値が必要です`, takesNoValue: (o) => `オプション ${o} は値を取りません`,
    unknownValue: (what, value, list) => `${what} "${value}"。${list} を使用してください`,
    unknown: { profile: '不明なプロファイル', inputFormat: '不明な入力形式', format: '不明な形式', mode: '不明なモード', language: '不明な言語', command: '不明なコマンド' },
    missingInput: '入力ファイルがありません (パス、または stdin の場合は -)', oneInput: (n, files) => `入力ファイルは 1 つのはずですが、${n} 個あります: ${files}`,
    missingCommand: (names) => `コマンドがありません: ${names}`, optionFirst: (o, names) => `不明なオプション ${o}。最初にコマンドを指定してください: ${names}`,
    internal: '内部エラー', takesNoFile: (command, got) => `${command} はファイルを取りません。指定された値: ${got}`,
    missingOut: '--out <dir> (インポート本文の書き出し先) がありません',
    batchSize: (max) => `--batch-size は 1 から ${max} までの整数にしてください (インポート API の上限)`,
    top: '--top は正の整数にしてください', retries: '--retries は整数にしてください',
    expiresInDays: '--expires-in-days は日数 (整数) にしてください',
    actionKinds: (part) => `--action "${part}" は 種類=アクション の形式ではありません。種類は files、certificates、network です`,
    missingOwner: '--owner <name> (同期するインジケーターの所有者) がありません',
    missingIds: 'ID ファイルがありません (パス、または stdin の場合は -)', oneIds: (n) => `ID ファイルは 1 つのはずですが、${n} 個あります`,
    idsNotArray: (why) => `ID ファイルが JSON 配列ではありません: ${why}`, entryNoId: (i) => `ID ファイルのエントリ ${i} に ID がありません`,
    holdsFeed: (file, format, formats) => `${file} は ${format} フィードです。このコマンドはインジケーター (${formats}) を取ります。先に \`mde-indicator build\` でフィードを変換してください`,
    stopping: '実行中の呼び出しの後で停止します (すぐに終了するにはもう一度 Ctrl+C)',
    listing: 'テナントのインジケーターを取得しています',
    progress: (c, p) => `${c(p.wanted)} 個中 ${c(p.sent)} 個を送信、成功 ${c(p.succeeded)}、失敗 ${c(p.failed)}`,
    waiting: (c, s) => `、レート制限のため ${c(s)} 秒待機中`,
    deleteFailed: (id, what) => `${id} (${what}) の削除: 失敗`,
    hint: 'ヒント', note: '注意',
    hints: {
      zip: 'これは ZIP アーカイブで、おそらく Excel ブック (.xlsx) です。シートを "CSV UTF-8" で保存し、そのファイルを指定してください',
      utf16: 'このファイルは UTF-16 テキスト (Windows の "Unicode") のようです。UTF-8 で保存してください',
      semicolons: '列がセミコロンで区切られています (小数点にコンマを使うロケールのスプレッドシート)。ポータルのテンプレートはコンマを使います',
      trailingComma: 'この ] または } の直前にコンマがあります。JSON では末尾のコンマは使えません',
    },
    skipped: 'スキップ',
    feedEntries: { stix: (n, c) => `オブジェクト ${c(n)} 個`, misp: (n, c) => `属性 ${c(n)} 個`, other: (n, c) => `エントリ ${c(n)} 個` },
    feedSkipped: (n, c, byCode) => `スキップ ${c(n)} 個${byCode}`, feedOther: (n, c, types) => `その他のオブジェクト ${c(n)} 個 (${types})`,
    skippedListed: (n, c, path) => `フィードのスキップしたエントリ ${c(n)} 個を ${path} に書き出しました`,
    wrote: (c, w) => `インポート本文 ${c(w.bodies)} 個を ${w.dir} (${w.range}) に書き出しました: POST /api/indicators/import の呼び出し ${c(w.calls)} 回、1 分あたり最大 ${c(w.perMinute)} 回`,
    planNote: (c, n, message) => `インジケーター ${c(n)} 個: ${message}`,
    noBodies: (dir) => `有効なインジケーターがないため、${dir} にインポート本文は書き出していません`,
    duplicates: (n, c) => `前のインジケーターと重複するもの ${c(n)} 個を除外しました (種類と値が同じ)。--no-dedupe で残せます`,
    invalidListed: (n, c, path) => `無効なインジケーター ${c(n)} 個を ${path} に書き出しました:`,
    moreIssues: (n, c) => ` (ほか ${c(n)} 件)`, andMore: (n, c) => `  ... ほか ${c(n)} 個`,
    nothingWritten: (c, dir, total, invalid) => `${dir} には何も書き出していません (入力が拒否されるまでに ${c(total)} 項目を読み取り、うち ${c(invalid)} 項目が無効)`,
    splitNote: (c, size) => `。最大 ${c(size)} 個の本文に分割しました`,
  },
  'zh-TW': {
    unknownOption: (o) => `不明的選項 ${o}`, needsValue: (o) => `選項 ${o} 需要值`, takesNoValue: (o) => `選項 ${o} 不接受值`,
    unknownValue: (what, value, list) => `${what}「${value}」；請使用 ${list}`,
    unknown: { profile: '不明的設定檔', inputFormat: '不明的輸入格式', format: '不明的格式', mode: '不明的模式', language: '不明的語言', command: '不明的命令' },
    missingInput: '缺少輸入檔 (路徑，或 - 代表 stdin)', oneInput: (n, files) => `應有一個輸入檔，卻收到 ${n} 個：${files}`,
    missingCommand: (names) => `缺少命令：${names}`, optionFirst: (o, names) => `不明的選項 ${o}；命令必須在最前面：${names}`,
    internal: '內部錯誤', takesNoFile: (command, got) => `${command} 不接受檔案，卻收到 ${got}`,
    missingOut: '缺少 --out <dir>，即匯入本文的寫入位置',
    batchSize: (max) => `--batch-size 必須是 1 到 ${max} 的整數 (匯入 API 的上限)`,
    top: '--top 必須是正整數', retries: '--retries 必須是整數',
    expiresInDays: '--expires-in-days 必須是整數天數',
    actionKinds: (part) => `--action「${part}」不是 種類=動作 的形式；種類為 files、certificates 和 network`,
    missingOwner: '缺少 --owner <name>：要同步誰的指示器',
    missingIds: '缺少識別碼檔案 (路徑，或 - 代表 stdin)', oneIds: (n) => `應有一個識別碼檔案，卻收到 ${n} 個`,
    idsNotArray: (why) => `識別碼檔案不是 JSON 陣列：${why}`, entryNoId: (i) => `識別碼檔案的第 ${i} 個項目沒有識別碼`,
    holdsFeed: (file, format, formats) => `${file} 是 ${format} 摘要；此命令接受指示器 (${formats})：請先以 \`mde-indicator build\` 轉換摘要`,
    stopping: '將在進行中的呼叫完成後停止 (再按一次 Ctrl+C 立即結束)',
    listing: '正在列出租用戶的指示器',
    progress: (c, p) => `已傳送 ${c(p.sent)}/${c(p.wanted)} 個，${c(p.succeeded)} 個成功，${c(p.failed)} 個失敗`,
    waiting: (c, s) => `，因速率限制等待 ${c(s)} 秒`,
    deleteFailed: (id, what) => `刪除 ${id} (${what})：失敗`,
    hint: '提示', note: '附註',
    hints: {
      zip: '這是 ZIP 封存檔，很可能是 Excel 活頁簿 (.xlsx)：請將工作表另存為「CSV UTF-8」並提供該檔案',
      utf16: '此檔案看起來是 UTF-16 文字 (Windows 的「Unicode」)：請另存為 UTF-8',
      semicolons: '欄位以分號分隔 (以逗號為小數點的地區設定的試算表)：入口網站的範本使用逗號',
      trailingComma: '這個 ] 或 } 前面緊接著逗號：JSON 不允許結尾逗號',
    },
    skipped: '已略過',
    feedEntries: { stix: (n, c) => `${c(n)} 個物件`, misp: (n, c) => `${c(n)} 個屬性`, other: (n, c) => `${c(n)} 個項目` },
    feedSkipped: (n, c, byCode) => `${c(n)} 個已略過${byCode}`, feedOther: (n, c, types) => `${c(n)} 個其他物件 (${types})`,
    skippedListed: (n, c, path) => `摘要中已略過的 ${c(n)} 個項目列於 ${path}`,
    wrote: (c, w) => `已將 ${c(w.bodies)} 個匯入本文寫入 ${w.dir} (${w.range})：呼叫 POST /api/indicators/import ${c(w.calls)} 次，每分鐘最多 ${c(w.perMinute)} 次`,
    planNote: (c, n, message) => `${c(n)} 個指示器：${message}`,
    noBodies: (dir) => `沒有有效的指示器，因此未將匯入本文寫入 ${dir}`,
    duplicates: (n, c) => `已略去 ${c(n)} 個與先前指示器重複者 (類型和值相同)；--no-dedupe 會保留它們`,
    invalidListed: (n, c, path) => `${c(n)} 個無效指示器列於 ${path}：`,
    moreIssues: (n, c) => ` (另有 ${c(n)} 個)`, andMore: (n, c) => `  ... 另有 ${c(n)} 個`,
    nothingWritten: (c, dir, total, invalid) => `未寫入任何內容到 ${dir} (輸入遭拒絕前已讀取 ${c(total)} 個項目，其中 ${c(invalid)} 個無效)`,
    splitNote: (c, size) => `；已分割為每個最多 ${c(size)} 個的本文`,
  },
  'zh-CN': {
    unknownOption: (o) => `未知选项 ${o}`, needsValue: (o) => `选项 ${o} 需要值`, takesNoValue: (o) => `选项 ${o} 不接受值`,
    unknownValue: (what, value, list) => `${what}“${value}”；请使用 ${list}`,
    unknown: { profile: '未知的配置文件', inputFormat: '未知的输入格式', format: '未知的格式', mode: '未知的模式', language: '未知的语言', command: '未知的命令' },
    missingInput: '缺少输入文件（路径，或 - 表示 stdin）', oneInput: (n, files) => `应有一个输入文件，却收到 ${n} 个：${files}`,
    missingCommand: (names) => `缺少命令：${names}`, optionFirst: (o, names) => `未知选项 ${o}；命令必须在最前面：${names}`,
    internal: '内部错误', takesNoFile: (command, got) => `${command} 不接受文件，却收到 ${got}`,
    missingOut: '缺少 --out <dir>，即导入正文的写入位置',
    batchSize: (max) => `--batch-size 必须是 1 到 ${max} 的整数（导入 API 的上限）`,
    top: '--top 必须是正整数', retries: '--retries 必须是整数',
    expiresInDays: '--expires-in-days 必须是整数天数',
    actionKinds: (part) => `--action“${part}”不是 类别=操作 的形式；类别为 files、certificates 和 network`,
    missingOwner: '缺少 --owner <name>：要同步谁的指示器',
    missingIds: '缺少 ID 文件（路径，或 - 表示 stdin）', oneIds: (n) => `应有一个 ID 文件，却收到 ${n} 个`,
    idsNotArray: (why) => `ID 文件不是 JSON 数组：${why}`, entryNoId: (i) => `ID 文件的第 ${i} 项没有 ID`,
    holdsFeed: (file, format, formats) => `${file} 是 ${format} 情报源；此命令接受指示器（${formats}）：请先用 \`mde-indicator build\` 转换情报源`,
    stopping: '将在进行中的调用完成后停止（再按一次 Ctrl+C 立即退出）',
    listing: '正在列出租户的指示器',
    progress: (c, p) => `已发送 ${c(p.sent)}/${c(p.wanted)} 个，${c(p.succeeded)} 个成功，${c(p.failed)} 个失败`,
    waiting: (c, s) => `，因速率限制等待 ${c(s)} 秒`,
    deleteFailed: (id, what) => `删除 ${id}（${what}）：失败`,
    hint: '提示', note: '注意',
    hints: {
      zip: '这是 ZIP 存档，很可能是 Excel 工作簿（.xlsx）：请将工作表另存为“CSV UTF-8”并提供该文件',
      utf16: '此文件看起来是 UTF-16 文本（Windows 的“Unicode”）：请另存为 UTF-8',
      semicolons: '列以分号分隔（以逗号为小数点的区域设置的电子表格）：门户的模板使用逗号',
      trailingComma: '这个 ] 或 } 前面紧接着逗号：JSON 不允许尾随逗号',
    },
    skipped: '已跳过',
    feedEntries: { stix: (n, c) => `${c(n)} 个对象`, misp: (n, c) => `${c(n)} 个属性`, other: (n, c) => `${c(n)} 个条目` },
    feedSkipped: (n, c, byCode) => `${c(n)} 个已跳过${byCode}`, feedOther: (n, c, types) => `${c(n)} 个其他对象（${types}）`,
    skippedListed: (n, c, path) => `情报源中已跳过的 ${c(n)} 个条目列于 ${path}`,
    wrote: (c, w) => `已将 ${c(w.bodies)} 个导入正文写入 ${w.dir}（${w.range}）：调用 POST /api/indicators/import ${c(w.calls)} 次，每分钟最多 ${c(w.perMinute)} 次`,
    planNote: (c, n, message) => `${c(n)} 个指示器：${message}`,
    noBodies: (dir) => `没有有效的指示器，因此未将导入正文写入 ${dir}`,
    duplicates: (n, c) => `已省略 ${c(n)} 个与之前指示器重复的项（类型和值相同）；--no-dedupe 会保留它们`,
    invalidListed: (n, c, path) => `${c(n)} 个无效指示器列于 ${path}：`,
    moreIssues: (n, c) => `（另有 ${c(n)} 个）`, andMore: (n, c) => `  ... 另有 ${c(n)} 个`,
    nothingWritten: (c, dir, total, invalid) => `未向 ${dir} 写入任何内容（输入被拒绝前已读取 ${c(total)} 项，其中 ${c(invalid)} 项无效）`,
    splitNote: (c, size) => `；已拆分为每个最多 ${c(size)} 个的正文`,
  },
};

const words = (tag) => ({ ...TEXT[tag], ...MESSAGES[tag] });

/** The language of this run: its locale tag, its words and its numbers. */
export const lang = { tag: 'en', text: words('en'), number: (n) => n.toLocaleString('en-US'), seconds: (s) => s.toFixed(1) };

/** The CLI's words of every locale, for the tests. */
export const CLI_TEXT = Object.fromEntries(Object.keys(TEXT).map((tag) => [tag, words(tag)]));

/** `a, b or c` in the run's language (Intl.ListFormat; English without the serial comma). */
export const orList = (names) => new Intl.ListFormat(lang.tag === 'en' ? 'en-GB' : lang.tag, { type: 'disjunction' }).format(names);

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
  // The environment's language first, so that a mistake in --lang is told in it.
  use(localeFromEnv(env));
  const rest = [];
  let asked;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') {
      if (i + 1 >= argv.length) throw new UsageError(lang.text.needsValue('--lang'));
      asked = argv[++i];
    } else if (arg.startsWith('--lang=')) asked = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  if (asked !== undefined) {
    const tag = mde.matchLocale(asked);
    if (tag === null) throw new UsageError(lang.text.unknownValue(lang.text.unknown.language, asked, orList([...mde.LOCALES])));
    use(tag);
  }
  return rest;
}

/** Makes `tag` the run's language and loads its issue messages. */
function use(tag) {
  if (tag !== 'en') require(`../../locales/${tag}.js`);
  const numbers = new Intl.NumberFormat(tag);
  const tenths = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  Object.assign(lang, { tag, text: words(tag), number: (n) => numbers.format(n), seconds: (s) => tenths.format(s) });
}

/** The `locale` option for the package's functions: none for English, the core's own. */
export const localeOption = () => (lang.tag === 'en' ? {} : { locale: lang.tag });
