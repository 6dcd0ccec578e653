// The help of each command, in the run's language. The words are here, by locale; the names
// (options, commands, files, codes, the API's fields and values) stay as they are, and the
// lists and limits come from the core (profiles, input formats, clouds, the import limit).

import { CLOUDS, REGIONS } from '../../client/index.mjs';
import { DEFAULT_PROFILE, IMPORT_LIMIT, INDICATOR_FORMATS, INPUT_FORMATS, PROFILES } from './args.mjs';
import { lang, orList } from './lang.mjs';

/** The help's words, by locale; a line break in an option's text continues it in the column. */
const WORDS = {
  en: {
    usage: 'Usage', options: 'Options', examples: 'Examples', exitCodes: 'Exit codes', help: 'show this help',
    profile: (names, fallback) => `API revision: ${names} (default ${fallback})`,
    inputFormat: (names) => `${names}, instead of guessing from the content`,
    now: `the time to judge expirationTime by, e.g. 2026-01-01T00:00:00Z
(default: the clock); makes runs reproducible`,
    nowShort: 'the time to judge expirationTime by (default: the clock)',
    undocumented: 'pass undocumented fields (bypassDurationHours ...) with a warning',
    undocumentedShort: 'pass undocumented fields with a warning',
    feeds: 'Feeds (STIX 2.1 bundles, TAXII envelopes, MISP events and REST answers; detected from the\ncontent, or --input-format stix|misp):',
    feed: {
      action: 'the action of every indicator, or per kind: files=Block,network=Warn,\ncertificates=BlockAndRemediate (default: Audit, which only alerts)',
      severity: "where the feed gives none (MISP's threat level comes first)",
      expires: "expirationTime where the feed gives none (STIX's valid_until comes first)",
      title: 'where the feed gives none', revoked: 'STIX: also revoked indicators', links: 'MISP: also link attributes', all: 'MISP: also attributes not marked to_ids',
    },
    connection: {
      cloud: (clouds) => `${clouds} (default public)`, region: (regions) => `a regional host of the public cloud: ${regions}`,
      baseUrl: 'another host (a proxy, an emulator); https, or http on 127.0.0.1',
      retries: 'further attempts after a 5xx, a timeout or a network error (default 5)',
      signIn: `Sign-in: MDE_TOKEN (a bearer token) when set; otherwise @azure/identity's DefaultAzureCredential:
AZURE_TENANT_ID + AZURE_CLIENT_ID + AZURE_CLIENT_SECRET (an app registration with the
WindowsDefenderATP application permission Ti.ReadWrite.All, admin consent given), a managed
identity, or az login.`,
      exit: `0 all succeeded, 1 some invalid, failed or not sent, 2 unusable input or usage,
3 sign-in, permission or service unreachable, 130 stopped by Ctrl-C (the report is printed).`,
    },
    validate: {
      about: `Validates every indicator and prints each failed one with its line (a CSV file: its row and the
template's column), the field, the issue code, a message and the value it is about; then a
summary with the count of each code, on stderr when stdout is not a terminal. Colour only on a
terminal, never with NO_COLOR.`,
      format: 'text (default) for people; json for programs: the validateBatch()\nreport {items, errors, summary} without payloads, written as it goes',
      warnings: 'also list the warnings of valid indicators',
      exit: '0 all valid, 1 some invalid, 2 unusable input or a usage error.',
    },
    build: {
      about: (limit) => `Writes the valid indicators as bodies for POST /api/indicators/import: <dir>/batch-0001.json,
batch-0002.json ..., each {"Indicators": [...]} with at most ${limit} indicators, one per line. The
invalid ones go to <dir>/invalid.json (index, line, errors, warnings, input), and a summary to
stderr. NDJSON is streamed: a body is written as soon as it is full. An input too big for one
submission (an import body over ${limit}, a CSV over ${limit} rows) is split the same way.`,
      out: 'where to write (created if missing)', force: 'replace batch-*.json and invalid.json already in <dir>',
      dedupe: 'keep every copy of a duplicate indicator (by default only the first\nof each type and value goes into the bodies, as the service keeps one)',
      batchSize: (limit) => `indicators per body, 1 to ${limit} (default ${limit})`,
      exit: '0 all valid, 1 some invalid (the valid ones are still written), 2 unusable input or\na usage error (nothing is written).',
    },
    schema: {
      about: `Prints the JSON Schema of an indicator body: every field with its type, enum and value format,
the required fields and the cross-field rules. It accepts every body that validate accepts; its
x-mde-not-expressed (and $comment) lists what validate checks beyond it.`,
      target: 'draft-2020-12 (default), draft-07 or openapi-3.0',
      io: 'input (default): the bodies validate accepts;\noutput: the canonical payload it returns',
      undocumented: 'let the undocumented fields (bypassDurationHours ...) through',
      exit: '0 printed, 2 a usage error.',
    },
    submit: {
      about: `Validates every indicator, then sends the valid ones to the service: import bodies of up to 500
(POST /api/indicators/import), or one POST /api/indicators each with --mode single, at the pace
of the documented rate limits, waiting out 429s and retrying 5xx and network errors. Invalid
indicators are never sent. Prints each invalid or failed indicator and a summary, or the whole
report with --format json. A progress line shows on a terminal. Ctrl-C stops after the call in
flight and still prints the report.`,
      dryRun: 'send nothing: say what would be sent, in how many calls, how long',
      mode: 'import bodies (default) or one call per indicator',
      format: 'text (default), or the SubmitReport as JSON',
    },
    list: {
      about: `Prints the tenant's indicators (GET /api/indicators, paged by $top/$skip within the service's
maximum of 10,000 a call): one line each (id, type, value, action, expiration, externalId), or
JSON.`,
      filter: 'an OData $filter, e.g. "indicatorType eq \'Url\' and action eq \'Block\'"',
      top: 'at most n indicators', format: 'text (default), json (one array) or ndjson (one indicator a line)',
    },
    delete: {
      about: `Deletes the indicators whose ids the file holds (POST /api/indicators/BatchDelete, 500 a call,
paced): one id a line (blank lines and # comments skipped), or a JSON array of ids or of
indicators with an "id" (the output of list --format json).`,
      dryRun: 'delete nothing: say how many calls it takes', format: 'text (default), or the delete report as JSON',
    },
    sync: {
      about: `Makes the indicators that belong to <name> equal to the file. An indicator belongs to <name>
when its externalId starts with "<name>:"; sync writes each indicator's externalId that way
(keeping what follows the prefix). It adds what is missing, updates what changed, deletes the
owner's indicators that are not in the file, and never touches an indicator of another owner:
an item whose type and value another owner already has is not sent. Nothing is deleted while
any item is invalid. Before any change it refuses when the result would pass the tenant's
active-indicator limit.`,
      owner: 'letters, digits, ".", "_" or "-" (required)',
      dryRun: 'list the tenant, then print the plan without changing anything',
      mode: 'how to send additions and updates (default import)',
      format: 'text (default), or the sync report as JSON',
      now: 'the time to judge expirationTime by',
    },
  },
  nl: {
    usage: 'Gebruik', options: 'Opties', examples: 'Voorbeelden', exitCodes: 'Afsluitcodes', help: 'toon deze hulp',
    profile: (names, fallback) => `API-revisie: ${names} (standaard ${fallback})`,
    inputFormat: (names) => `${names}, in plaats van raden uit de inhoud`,
    now: `het tijdstip waaraan expirationTime wordt getoetst, bijv. 2026-01-01T00:00:00Z
(standaard: de klok); maakt runs reproduceerbaar`,
    nowShort: 'het tijdstip waaraan expirationTime wordt getoetst (standaard: de klok)',
    undocumented: 'laat niet-gedocumenteerde velden (bypassDurationHours ...) door, met een waarschuwing',
    undocumentedShort: 'laat niet-gedocumenteerde velden door, met een waarschuwing',
    feeds: 'Feeds (STIX 2.1-bundels, TAXII-enveloppen, MISP-gebeurtenissen en REST-antwoorden; herkend aan de\ninhoud, of --input-format stix|misp):',
    feed: {
      action: 'de actie van elke indicator, of per soort: files=Block,network=Warn,\ncertificates=BlockAndRemediate (standaard: Audit, dat alleen waarschuwt)',
      severity: 'waar de feed er geen geeft (het dreigingsniveau van MISP gaat voor)',
      expires: 'expirationTime waar de feed er geen geeft (valid_until van STIX gaat voor)',
      title: 'waar de feed er geen geeft', revoked: 'STIX: ook ingetrokken indicatoren', links: 'MISP: ook link-attributen', all: 'MISP: ook attributen zonder to_ids',
    },
    connection: {
      cloud: (clouds) => `${clouds} (standaard public)`, region: (regions) => `een regionale host van de openbare cloud: ${regions}`,
      baseUrl: 'een andere host (een proxy, een emulator); https, of http op 127.0.0.1',
      retries: 'extra pogingen na een 5xx, een time-out of een netwerkfout (standaard 5)',
      signIn: `Aanmelden: MDE_TOKEN (een bearer-token) als die is ingesteld; anders DefaultAzureCredential van
@azure/identity: AZURE_TENANT_ID + AZURE_CLIENT_ID + AZURE_CLIENT_SECRET (een app-registratie met
de toepassingsmachtiging Ti.ReadWrite.All van WindowsDefenderATP, met beheerderstoestemming), een
beheerde identiteit, of az login.`,
      exit: `0 alles gelukt, 1 sommige ongeldig, mislukt of niet verzonden, 2 onbruikbare invoer of
gebruiksfout, 3 aanmelden, machtiging of service mislukt, 130 gestopt met Ctrl-C (het rapport wordt getoond).`,
    },
    validate: {
      about: `Valideert elke indicator en toont elke afgekeurde met de regel (bij een CSV-bestand: de rij en de
kolom van de sjabloon), het veld, de code, een melding en de waarde waar het om gaat; daarna een
samenvatting met het aantal per code, op stderr als stdout geen terminal is. Kleur alleen op een
terminal, nooit met NO_COLOR.`,
      format: 'text (standaard) voor mensen; json voor programma’s: het rapport van\nvalidateBatch() {items, errors, summary} zonder payloads, gaandeweg geschreven',
      warnings: 'toon ook de waarschuwingen van geldige indicatoren',
      exit: '0 alles geldig, 1 sommige ongeldig, 2 onbruikbare invoer of een gebruiksfout.',
    },
    build: {
      about: (limit) => `Schrijft de geldige indicatoren als body’s voor POST /api/indicators/import: <dir>/batch-0001.json,
batch-0002.json ..., elk {"Indicators": [...]} met maximaal ${limit} indicatoren, één per regel. De
ongeldige gaan naar <dir>/invalid.json (index, line, errors, warnings, input) en een samenvatting
naar stderr. NDJSON wordt gestreamd: een body wordt geschreven zodra die vol is. Invoer die te groot
is voor één verzending (een importbody boven ${limit}, een CSV boven ${limit} rijen) wordt net zo opgesplitst.`,
      out: 'waar naartoe schrijven (aangemaakt als die ontbreekt)', force: 'vervang batch-*.json en invalid.json die al in <dir> staan',
      dedupe: 'houd elke kopie van een dubbele indicator (standaard gaat alleen de eerste\nvan elk type en elke waarde in de body’s, omdat de service er één bewaart)',
      batchSize: (limit) => `indicatoren per body, 1 tot ${limit} (standaard ${limit})`,
      exit: '0 alles geldig, 1 sommige ongeldig (de geldige worden toch geschreven), 2 onbruikbare\ninvoer of een gebruiksfout (er wordt niets geschreven).',
    },
    schema: {
      about: `Toont het JSON-schema van een indicatorbody: elk veld met type, enum en waardeformaat, de
verplichte velden en de regels tussen velden. Het aanvaardt elke body die validate aanvaardt; de
x-mde-not-expressed (en $comment) noemt wat validate daarbuiten controleert.`,
      target: 'draft-2020-12 (standaard), draft-07 of openapi-3.0',
      io: 'input (standaard): de body’s die validate aanvaardt;\noutput: de canonieke payload die het teruggeeft',
      undocumented: 'laat de niet-gedocumenteerde velden (bypassDurationHours ...) door',
      exit: '0 getoond, 2 een gebruiksfout.',
    },
    submit: {
      about: `Valideert elke indicator en verstuurt dan de geldige naar de service: importbody’s van maximaal
500 (POST /api/indicators/import), of met --mode single één POST /api/indicators per indicator, in
het tempo van de gedocumenteerde frequentielimieten; wacht 429’s uit en probeert 5xx- en
netwerkfouten opnieuw. Ongeldige indicatoren worden nooit verzonden. Toont elke ongeldige of
mislukte indicator en een samenvatting, of met --format json het hele rapport. Op een terminal
staat er een voortgangsregel. Ctrl-C stopt na de lopende aanroep en toont toch het rapport.`,
      dryRun: 'verstuur niets: zeg wat verzonden zou worden, in hoeveel aanroepen, hoe lang',
      mode: 'importbody’s (standaard) of één aanroep per indicator',
      format: 'text (standaard), of het SubmitReport als JSON',
    },
    list: {
      about: `Toont de indicatoren van de tenant (GET /api/indicators, gepagineerd met $top/$skip binnen het
maximum van de service van 10.000 per aanroep): één regel per indicator (id, type, waarde, actie,
vervaldatum, externalId), of JSON.`,
      filter: 'een OData-$filter, bijv. "indicatorType eq \'Url\' and action eq \'Block\'"',
      top: 'maximaal n indicatoren', format: 'text (standaard), json (één matrix) of ndjson (één indicator per regel)',
    },
    delete: {
      about: `Verwijdert de indicatoren waarvan het bestand de id’s bevat (POST /api/indicators/BatchDelete,
500 per aanroep, getemporiseerd): één id per regel (lege regels en #-opmerkingen overgeslagen), of
een JSON-matrix van id’s of van indicatoren met een "id" (de uitvoer van list --format json).`,
      dryRun: 'verwijder niets: zeg hoeveel aanroepen het kost', format: 'text (standaard), of het verwijderrapport als JSON',
    },
    sync: {
      about: `Maakt de indicatoren van <name> gelijk aan het bestand. Een indicator hoort bij <name> als de
externalId begint met "<name>:"; sync schrijft de externalId van elke indicator zo (en houdt wat
na het voorvoegsel komt). Het voegt toe wat ontbreekt, werkt bij wat veranderd is, verwijdert de
indicatoren van de eigenaar die niet in het bestand staan, en raakt nooit een indicator van een
andere eigenaar aan: een item waarvan een andere eigenaar het type en de waarde al heeft, wordt
niet verzonden. Er wordt niets verwijderd zolang een item ongeldig is. Vóór elke wijziging weigert
het als het resultaat de limiet van actieve indicatoren van de tenant zou overschrijden.`,
      owner: 'letters, cijfers, ".", "_" of "-" (verplicht)',
      dryRun: 'haal de tenant op en toon dan het plan zonder iets te wijzigen',
      mode: 'hoe toevoegingen en updates worden verzonden (standaard import)',
      format: 'text (standaard), of het synchronisatierapport als JSON',
      now: 'het tijdstip waaraan expirationTime wordt getoetst',
    },
  },
  fr: {
    colon: ' :',
    usage: 'Utilisation', options: 'Options', examples: 'Exemples', exitCodes: 'Codes de sortie', help: 'affiche cette aide',
    profile: (names, fallback) => `révision de l’API : ${names} (par défaut ${fallback})`,
    inputFormat: (names) => `${names}, au lieu de le deviner d’après le contenu`,
    now: `l’heure à laquelle juger expirationTime, p. ex. 2026-01-01T00:00:00Z
(par défaut : l’horloge) ; rend les exécutions reproductibles`,
    nowShort: 'l’heure à laquelle juger expirationTime (par défaut : l’horloge)',
    undocumented: 'laisse passer les champs non documentés (bypassDurationHours ...) avec un avertissement',
    undocumentedShort: 'laisse passer les champs non documentés avec un avertissement',
    feeds: 'Flux (bundles STIX 2.1, enveloppes TAXII, événements MISP et réponses REST ; détectés d’après le\ncontenu, ou --input-format stix|misp) :',
    feed: {
      action: 'l’action de chaque indicateur, ou par genre : files=Block,network=Warn,\ncertificates=BlockAndRemediate (par défaut : Audit, qui ne fait qu’alerter)',
      severity: 'là où le flux n’en donne pas (le niveau de menace de MISP prime)',
      expires: 'expirationTime là où le flux n’en donne pas (valid_until de STIX prime)',
      title: 'là où le flux n’en donne pas', revoked: 'STIX : aussi les indicateurs révoqués', links: 'MISP : aussi les attributs de lien', all: 'MISP : aussi les attributs sans to_ids',
    },
    connection: {
      cloud: (clouds) => `${clouds} (par défaut public)`, region: (regions) => `un hôte régional du cloud public : ${regions}`,
      baseUrl: 'un autre hôte (un proxy, un émulateur) ; https, ou http sur 127.0.0.1',
      retries: 'tentatives supplémentaires après un 5xx, un délai dépassé ou une erreur réseau (par défaut 5)',
      signIn: `Connexion : MDE_TOKEN (un jeton du porteur) s’il est défini ; sinon DefaultAzureCredential de
@azure/identity : AZURE_TENANT_ID + AZURE_CLIENT_ID + AZURE_CLIENT_SECRET (une inscription d’application
avec l’autorisation d’application Ti.ReadWrite.All de WindowsDefenderATP, consentement administrateur
donné), une identité managée, ou az login.`,
      exit: `0 tout a réussi, 1 certains non valides, en échec ou non envoyés, 2 entrée inutilisable ou
erreur d’utilisation, 3 échec de la connexion, de l’autorisation ou du service, 130 arrêt par Ctrl-C
(le rapport est affiché).`,
    },
    validate: {
      about: `Valide chaque indicateur et affiche chaque indicateur en échec avec sa ligne (pour un fichier CSV :
sa rangée et la colonne du modèle), le champ, le code, un message et la valeur en cause ; puis un
résumé avec le nombre de chaque code, sur stderr quand stdout n’est pas un terminal. Couleurs
seulement sur un terminal, jamais avec NO_COLOR.`,
      format: 'text (par défaut) pour les personnes ; json pour les programmes : le rapport\nde validateBatch() {items, errors, summary} sans charges utiles, écrit au fil de l’eau',
      warnings: 'liste aussi les avertissements des indicateurs valides',
      exit: '0 tous valides, 1 certains non valides, 2 entrée inutilisable ou erreur d’utilisation.',
    },
    build: {
      about: (limit) => `Écrit les indicateurs valides en corps pour POST /api/indicators/import : <dir>/batch-0001.json,
batch-0002.json ..., chacun {"Indicators": [...]} avec ${limit} indicateurs au plus, un par ligne. Les
non valides vont dans <dir>/invalid.json (index, line, errors, warnings, input), et un résumé sur
stderr. Le NDJSON est lu au fil de l’eau : un corps est écrit dès qu’il est plein. Une entrée trop
grande pour un seul envoi (un corps d’importation de plus de ${limit}, un CSV de plus de ${limit} lignes)
est découpée de la même façon.`,
      out: 'où écrire (créé s’il manque)', force: 'remplace les batch-*.json et invalid.json déjà dans <dir>',
      dedupe: 'garde chaque copie d’un indicateur en double (par défaut seul le premier de\nchaque type et valeur va dans les corps, car le service n’en garde qu’un)',
      batchSize: (limit) => `indicateurs par corps, de 1 à ${limit} (par défaut ${limit})`,
      exit: '0 tous valides, 1 certains non valides (les valides sont quand même écrits), 2 entrée\ninutilisable ou erreur d’utilisation (rien n’est écrit).',
    },
    schema: {
      about: `Affiche le schéma JSON d’un corps d’indicateur : chaque champ avec son type, son enum et le format
de sa valeur, les champs obligatoires et les règles entre champs. Il accepte tout corps que validate
accepte ; son x-mde-not-expressed (et $comment) liste ce que validate vérifie en plus.`,
      target: 'draft-2020-12 (par défaut), draft-07 ou openapi-3.0',
      io: 'input (par défaut) : les corps que validate accepte ;\noutput : la charge utile canonique qu’il renvoie',
      undocumented: 'laisse passer les champs non documentés (bypassDurationHours ...)',
      exit: '0 affiché, 2 erreur d’utilisation.',
    },
    submit: {
      about: `Valide chaque indicateur, puis envoie les valides au service : corps d’importation de 500 au plus
(POST /api/indicators/import), ou un POST /api/indicators chacun avec --mode single, au rythme des
limites de débit documentées, en attendant la fin des 429 et en réessayant les 5xx et les erreurs
réseau. Les indicateurs non valides ne sont jamais envoyés. Affiche chaque indicateur non valide
ou en échec et un résumé, ou le rapport complet avec --format json. Une ligne de progression
s’affiche sur un terminal. Ctrl-C arrête après l’appel en cours et affiche quand même le rapport.`,
      dryRun: 'n’envoie rien : dit ce qui serait envoyé, en combien d’appels, en combien de temps',
      mode: 'corps d’importation (par défaut) ou un appel par indicateur',
      format: 'text (par défaut), ou le SubmitReport en JSON',
    },
    list: {
      about: `Affiche les indicateurs du locataire (GET /api/indicators, paginé par $top/$skip dans la limite
du service de 10 000 par appel) : une ligne chacun (id, type, valeur, action, expiration,
externalId), ou du JSON.`,
      filter: 'un $filter OData, p. ex. "indicatorType eq \'Url\' and action eq \'Block\'"',
      top: 'n indicateurs au plus', format: 'text (par défaut), json (un tableau) ou ndjson (un indicateur par ligne)',
    },
    delete: {
      about: `Supprime les indicateurs dont le fichier contient les id (POST /api/indicators/BatchDelete, 500 par
appel, cadencé) : un id par ligne (lignes vides et commentaires # ignorés), ou un tableau JSON d’id
ou d’indicateurs avec un "id" (la sortie de list --format json).`,
      dryRun: 'ne supprime rien : dit combien d’appels il faut', format: 'text (par défaut), ou le rapport de suppression en JSON',
    },
    sync: {
      about: `Rend les indicateurs qui appartiennent à <name> égaux au fichier. Un indicateur appartient à <name>
quand son externalId commence par "<name>:" ; sync écrit ainsi l’externalId de chaque indicateur (en
gardant ce qui suit le préfixe). Il ajoute ce qui manque, met à jour ce qui a changé, supprime les
indicateurs du propriétaire absents du fichier, et ne touche jamais l’indicateur d’un autre
propriétaire : un élément dont un autre propriétaire a déjà le type et la valeur n’est pas envoyé.
Rien n’est supprimé tant qu’un élément n’est pas valide. Avant tout changement, il refuse quand le
résultat dépasserait la limite d’indicateurs actifs du locataire.`,
      owner: 'lettres, chiffres, « . », « _ » ou « - » (obligatoire)',
      dryRun: 'lit le locataire, puis affiche le plan sans rien changer',
      mode: 'comment envoyer les ajouts et les mises à jour (par défaut import)',
      format: 'text (par défaut), ou le rapport de synchronisation en JSON',
      now: 'l’heure à laquelle juger expirationTime',
    },
  },
  de: {
    usage: 'Verwendung', options: 'Optionen', examples: 'Beispiele', exitCodes: 'Exitcodes', help: 'zeigt diese Hilfe',
    profile: (names, fallback) => `API-Revision: ${names} (Standard ${fallback})`,
    inputFormat: (names) => `${names}, statt es aus dem Inhalt zu erraten`,
    now: `der Zeitpunkt, an dem expirationTime gemessen wird, z. B. 2026-01-01T00:00:00Z
(Standard: die Uhr); macht Läufe reproduzierbar`,
    nowShort: 'der Zeitpunkt, an dem expirationTime gemessen wird (Standard: die Uhr)',
    undocumented: 'lässt nicht dokumentierte Felder (bypassDurationHours ...) mit einer Warnung durch',
    undocumentedShort: 'lässt nicht dokumentierte Felder mit einer Warnung durch',
    feeds: 'Feeds (STIX 2.1-Bundles, TAXII-Umschläge, MISP-Ereignisse und REST-Antworten; am Inhalt erkannt\noder mit --input-format stix|misp):',
    feed: {
      action: 'die Aktion jedes Indikators oder je Art: files=Block,network=Warn,\ncertificates=BlockAndRemediate (Standard: Audit, das nur warnt)',
      severity: 'wo der Feed keinen angibt (die Bedrohungsstufe von MISP hat Vorrang)',
      expires: 'expirationTime, wo der Feed keine angibt (valid_until von STIX hat Vorrang)',
      title: 'wo der Feed keinen angibt', revoked: 'STIX: auch widerrufene Indikatoren', links: 'MISP: auch Link-Attribute', all: 'MISP: auch Attribute ohne to_ids',
    },
    connection: {
      cloud: (clouds) => `${clouds} (Standard public)`, region: (regions) => `ein regionaler Host der öffentlichen Cloud: ${regions}`,
      baseUrl: 'ein anderer Host (ein Proxy, ein Emulator); https oder http auf 127.0.0.1',
      retries: 'weitere Versuche nach einem 5xx, einem Timeout oder einem Netzwerkfehler (Standard 5)',
      signIn: `Anmeldung: MDE_TOKEN (ein Bearertoken), wenn gesetzt; sonst DefaultAzureCredential von @azure/identity:
AZURE_TENANT_ID + AZURE_CLIENT_ID + AZURE_CLIENT_SECRET (eine App-Registrierung mit der
Anwendungsberechtigung Ti.ReadWrite.All von WindowsDefenderATP, mit Administratorzustimmung), eine
verwaltete Identität oder az login.`,
      exit: `0 alles erfolgreich, 1 manche ungültig, fehlgeschlagen oder nicht gesendet, 2 unbrauchbare
Eingabe oder Bedienfehler, 3 Anmeldung, Berechtigung oder Dienst fehlgeschlagen, 130 mit Strg+C
gestoppt (der Bericht wird ausgegeben).`,
    },
    validate: {
      about: `Prüft jeden Indikator und gibt jeden fehlerhaften mit seiner Zeile aus (bei einer CSV-Datei: sein
Datensatz und die Spalte der Vorlage), dem Feld, dem Code, einer Meldung und dem betroffenen Wert;
danach eine Zusammenfassung mit der Anzahl je Code, auf stderr, wenn stdout kein Terminal ist.
Farbe nur auf einem Terminal, nie mit NO_COLOR.`,
      format: 'text (Standard) für Menschen; json für Programme: der Bericht von\nvalidateBatch() {items, errors, summary} ohne Nutzdaten, fortlaufend geschrieben',
      warnings: 'führt auch die Warnungen gültiger Indikatoren auf',
      exit: '0 alle gültig, 1 manche ungültig, 2 unbrauchbare Eingabe oder Bedienfehler.',
    },
    build: {
      about: (limit) => `Schreibt die gültigen Indikatoren als Textkörper für POST /api/indicators/import: <dir>/batch-0001.json,
batch-0002.json ..., jeweils {"Indicators": [...]} mit höchstens ${limit} Indikatoren, einer pro Zeile. Die
ungültigen kommen in <dir>/invalid.json (index, line, errors, warnings, input), eine Zusammenfassung
nach stderr. NDJSON wird gestreamt: ein Textkörper wird geschrieben, sobald er voll ist. Eine Eingabe,
die für eine Übermittlung zu groß ist (ein Import-Textkörper über ${limit}, eine CSV-Datei über ${limit}
Zeilen), wird ebenso aufgeteilt.`,
      out: 'wohin geschrieben wird (wird bei Bedarf angelegt)', force: 'ersetzt batch-*.json und invalid.json, die schon in <dir> liegen',
      dedupe: 'behält jede Kopie eines doppelten Indikators (standardmäßig kommt nur der erste\njedes Typs und Werts in die Textkörper, da der Dienst einen behält)',
      batchSize: (limit) => `Indikatoren pro Textkörper, 1 bis ${limit} (Standard ${limit})`,
      exit: '0 alle gültig, 1 manche ungültig (die gültigen werden trotzdem geschrieben), 2 unbrauchbare\nEingabe oder Bedienfehler (nichts wird geschrieben).',
    },
    schema: {
      about: `Gibt das JSON-Schema eines Indikator-Textkörpers aus: jedes Feld mit Typ, Enum und Wertformat,
die Pflichtfelder und die feldübergreifenden Regeln. Es akzeptiert jeden Textkörper, den validate
akzeptiert; sein x-mde-not-expressed (und $comment) nennt, was validate darüber hinaus prüft.`,
      target: 'draft-2020-12 (Standard), draft-07 oder openapi-3.0',
      io: 'input (Standard): die Textkörper, die validate akzeptiert;\noutput: die kanonischen Nutzdaten, die es zurückgibt',
      undocumented: 'lässt die nicht dokumentierten Felder (bypassDurationHours ...) durch',
      exit: '0 ausgegeben, 2 ein Bedienfehler.',
    },
    submit: {
      about: `Prüft jeden Indikator und sendet dann die gültigen an den Dienst: Import-Textkörper mit bis zu 500
(POST /api/indicators/import) oder mit --mode single ein POST /api/indicators je Indikator, im Takt
der dokumentierten Ratenbegrenzungen; wartet 429 ab und wiederholt 5xx- und Netzwerkfehler.
Ungültige Indikatoren werden nie gesendet. Gibt jeden ungültigen oder fehlgeschlagenen Indikator und
eine Zusammenfassung aus, oder mit --format json den ganzen Bericht. Auf einem Terminal erscheint eine
Fortschrittszeile. Strg+C stoppt nach dem laufenden Aufruf und gibt trotzdem den Bericht aus.`,
      dryRun: 'sendet nichts: sagt, was gesendet würde, in wie vielen Aufrufen, wie lange',
      mode: 'Import-Textkörper (Standard) oder ein Aufruf je Indikator',
      format: 'text (Standard) oder der SubmitReport als JSON',
    },
    list: {
      about: `Gibt die Indikatoren des Mandanten aus (GET /api/indicators, mit $top/$skip seitenweise innerhalb
des Maximums des Dienstes von 10.000 je Aufruf): eine Zeile je Indikator (ID, Typ, Wert, Aktion,
Ablauf, externalId) oder JSON.`,
      filter: 'ein OData-$filter, z. B. "indicatorType eq \'Url\' and action eq \'Block\'"',
      top: 'höchstens n Indikatoren', format: 'text (Standard), json (ein Array) oder ndjson (ein Indikator pro Zeile)',
    },
    delete: {
      about: `Löscht die Indikatoren, deren IDs die Datei enthält (POST /api/indicators/BatchDelete, 500 je
Aufruf, gedrosselt): eine ID pro Zeile (Leerzeilen und #-Kommentare übersprungen) oder ein JSON-Array
von IDs oder von Indikatoren mit "id" (die Ausgabe von list --format json).`,
      dryRun: 'löscht nichts: sagt, wie viele Aufrufe nötig sind', format: 'text (Standard) oder der Löschbericht als JSON',
    },
    sync: {
      about: `Gleicht die Indikatoren, die <name> gehören, an die Datei an. Ein Indikator gehört <name>, wenn
seine externalId mit "<name>:" beginnt; sync schreibt die externalId jedes Indikators so (und behält,
was auf das Präfix folgt). Es fügt hinzu, was fehlt, aktualisiert, was sich geändert hat, löscht die
Indikatoren des Besitzers, die nicht in der Datei stehen, und berührt nie einen Indikator eines
anderen Besitzers: ein Element, dessen Typ und Wert ein anderer Besitzer schon hat, wird nicht
gesendet. Solange ein Element ungültig ist, wird nichts gelöscht. Vor jeder Änderung lehnt es ab,
wenn das Ergebnis das Limit aktiver Indikatoren des Mandanten überschreiten würde.`,
      owner: 'Buchstaben, Ziffern, ".", "_" oder "-" (erforderlich)',
      dryRun: 'ruft den Mandanten ab und gibt dann den Plan aus, ohne etwas zu ändern',
      mode: 'wie Hinzufügungen und Aktualisierungen gesendet werden (Standard import)',
      format: 'text (Standard) oder der Synchronisierungsbericht als JSON',
      now: 'der Zeitpunkt, an dem expirationTime gemessen wird',
    },
  },
  es: {
    usage: 'Uso', options: 'Opciones', examples: 'Ejemplos', exitCodes: 'Códigos de salida', help: 'muestra esta ayuda',
    profile: (names, fallback) => `revisión de la API: ${names} (predeterminada: ${fallback})`,
    inputFormat: (names) => `${names}, en lugar de deducirlo del contenido`,
    now: `la hora con la que se juzga expirationTime, p. ej. 2026-01-01T00:00:00Z
(predeterminada: el reloj); hace reproducibles las ejecuciones`,
    nowShort: 'la hora con la que se juzga expirationTime (predeterminada: el reloj)',
    undocumented: 'deja pasar campos no documentados (bypassDurationHours ...) con una advertencia',
    undocumentedShort: 'deja pasar campos no documentados con una advertencia',
    feeds: 'Fuentes (paquetes STIX 2.1, sobres TAXII, eventos MISP y respuestas REST; detectadas por el\ncontenido, o --input-format stix|misp):',
    feed: {
      action: 'la acción de cada indicador, o por tipo: files=Block,network=Warn,\ncertificates=BlockAndRemediate (predeterminada: Audit, que solo alerta)',
      severity: 'donde la fuente no da ninguna (el nivel de amenaza de MISP va primero)',
      expires: 'expirationTime donde la fuente no da ninguno (valid_until de STIX va primero)',
      title: 'donde la fuente no da ninguno', revoked: 'STIX: también los indicadores revocados', links: 'MISP: también los atributos de vínculo', all: 'MISP: también los atributos sin to_ids',
    },
    connection: {
      cloud: (clouds) => `${clouds} (predeterminada: public)`, region: (regions) => `un host regional de la nube pública: ${regions}`,
      baseUrl: 'otro host (un proxy, un emulador); https, o http en 127.0.0.1',
      retries: 'intentos adicionales tras un 5xx, un tiempo de espera agotado o un error de red (predeterminado: 5)',
      signIn: `Inicio de sesión: MDE_TOKEN (un token de portador) si está definido; si no, DefaultAzureCredential de
@azure/identity: AZURE_TENANT_ID + AZURE_CLIENT_ID + AZURE_CLIENT_SECRET (un registro de aplicación con
el permiso de aplicación Ti.ReadWrite.All de WindowsDefenderATP y el consentimiento del administrador),
una identidad administrada, o az login.`,
      exit: `0 todo correcto, 1 algunos no válidos, con error o sin enviar, 2 entrada inutilizable o error de
uso, 3 falló el inicio de sesión, el permiso o el servicio, 130 detenido con Ctrl+C (se muestra el informe).`,
    },
    validate: {
      about: `Valida cada indicador y muestra cada uno con errores con su línea (en un archivo CSV: su fila y la
columna de la plantilla), el campo, el código, un mensaje y el valor en cuestión; luego un resumen
con el recuento de cada código, en stderr cuando stdout no es un terminal. Color solo en un
terminal, nunca con NO_COLOR.`,
      format: 'text (predeterminado) para personas; json para programas: el informe de\nvalidateBatch() {items, errors, summary} sin cargas, escrito sobre la marcha',
      warnings: 'muestra también las advertencias de los indicadores válidos',
      exit: '0 todos válidos, 1 algunos no válidos, 2 entrada inutilizable o error de uso.',
    },
    build: {
      about: (limit) => `Escribe los indicadores válidos como cuerpos para POST /api/indicators/import: <dir>/batch-0001.json,
batch-0002.json ..., cada uno {"Indicators": [...]} con ${limit} indicadores como máximo, uno por línea.
Los no válidos van a <dir>/invalid.json (index, line, errors, warnings, input), y un resumen a stderr.
El NDJSON se lee sobre la marcha: un cuerpo se escribe en cuanto está lleno. Una entrada demasiado
grande para un envío (un cuerpo de importación de más de ${limit}, un CSV de más de ${limit} filas) se
divide del mismo modo.`,
      out: 'dónde escribir (se crea si falta)', force: 'reemplaza los batch-*.json e invalid.json que ya haya en <dir>',
      dedupe: 'conserva cada copia de un indicador duplicado (de forma predeterminada solo el\nprimero de cada tipo y valor va a los cuerpos, pues el servicio conserva uno)',
      batchSize: (limit) => `indicadores por cuerpo, de 1 a ${limit} (predeterminado: ${limit})`,
      exit: '0 todos válidos, 1 algunos no válidos (los válidos se escriben igualmente), 2 entrada\ninutilizable o error de uso (no se escribe nada).',
    },
    schema: {
      about: `Muestra el esquema JSON de un cuerpo de indicador: cada campo con su tipo, enum y formato de valor,
los campos obligatorios y las reglas entre campos. Acepta todo cuerpo que validate acepta; su
x-mde-not-expressed (y $comment) enumera lo que validate comprueba además.`,
      target: 'draft-2020-12 (predeterminado), draft-07 u openapi-3.0',
      io: 'input (predeterminado): los cuerpos que validate acepta;\noutput: la carga canónica que devuelve',
      undocumented: 'deja pasar los campos no documentados (bypassDurationHours ...)',
      exit: '0 mostrado, 2 error de uso.',
    },
    submit: {
      about: `Valida cada indicador y luego envía los válidos al servicio: cuerpos de importación de hasta 500
(POST /api/indicators/import), o un POST /api/indicators por indicador con --mode single, al ritmo de
los límites de velocidad documentados, esperando tras los 429 y reintentando los 5xx y los errores de
red. Los indicadores no válidos nunca se envían. Muestra cada indicador no válido o con error y un
resumen, o el informe completo con --format json. En un terminal se muestra una línea de progreso.
Ctrl+C se detiene tras la llamada en curso y muestra igualmente el informe.`,
      dryRun: 'no envía nada: dice qué se enviaría, en cuántas llamadas y cuánto tardaría',
      mode: 'cuerpos de importación (predeterminado) o una llamada por indicador',
      format: 'text (predeterminado), o el SubmitReport como JSON',
    },
    list: {
      about: `Muestra los indicadores del inquilino (GET /api/indicators, paginado con $top/$skip dentro del
máximo del servicio de 10.000 por llamada): una línea por indicador (id., tipo, valor, acción,
expiración, externalId), o JSON.`,
      filter: 'un $filter de OData, p. ej. "indicatorType eq \'Url\' and action eq \'Block\'"',
      top: 'como máximo n indicadores', format: 'text (predeterminado), json (una matriz) o ndjson (un indicador por línea)',
    },
    delete: {
      about: `Elimina los indicadores cuyos id. contiene el archivo (POST /api/indicators/BatchDelete, 500 por
llamada, con pausas): un id. por línea (se omiten las líneas vacías y los comentarios #), o una matriz
JSON de id. o de indicadores con "id" (la salida de list --format json).`,
      dryRun: 'no elimina nada: dice cuántas llamadas hacen falta', format: 'text (predeterminado), o el informe de eliminación como JSON',
    },
    sync: {
      about: `Iguala los indicadores que pertenecen a <name> al archivo. Un indicador pertenece a <name> cuando su
externalId empieza por "<name>:"; sync escribe así el externalId de cada indicador (conservando lo que
sigue al prefijo). Agrega lo que falta, actualiza lo que cambió, elimina los indicadores del
propietario que no están en el archivo y nunca toca un indicador de otro propietario: un elemento
cuyo tipo y valor ya tiene otro propietario no se envía. No se elimina nada mientras haya un
elemento no válido. Antes de cualquier cambio, se niega si el resultado superaría el límite de
indicadores activos del inquilino.`,
      owner: 'letras, dígitos, ".", "_" o "-" (obligatorio)',
      dryRun: 'lee el inquilino y muestra el plan sin cambiar nada',
      mode: 'cómo enviar las adiciones y actualizaciones (predeterminado: import)',
      format: 'text (predeterminado), o el informe de sincronización como JSON',
      now: 'la hora con la que se juzga expirationTime',
    },
  },
  ja: {
    usage: '使用法', options: 'オプション', examples: '例', exitCodes: '終了コード', help: 'このヘルプを表示する',
    profile: (names, fallback) => `API のリビジョン: ${names} (既定 ${fallback})`,
    inputFormat: (names) => `${names} (内容から推測する代わりに指定)`,
    now: `expirationTime を判定する時刻 (例: 2026-01-01T00:00:00Z、既定: 現在時刻)。
実行結果を再現できるようにします`,
    nowShort: 'expirationTime を判定する時刻 (既定: 現在時刻)',
    undocumented: '文書化されていないフィールド (bypassDurationHours ...) を警告付きで通す',
    undocumentedShort: '文書化されていないフィールドを警告付きで通す',
    feeds: 'フィード (STIX 2.1 バンドル、TAXII エンベロープ、MISP イベント、REST 応答。内容から判別、\nまたは --input-format stix|misp):',
    feed: {
      action: 'すべてのインジケーターのアクション、または種類ごと: files=Block,network=Warn,\ncertificates=BlockAndRemediate (既定: Audit。アラートのみ)',
      severity: 'フィードが指定しない場合 (MISP の脅威レベルが優先)',
      expires: 'フィードが指定しない場合の expirationTime (STIX の valid_until が優先)',
      title: 'フィードが指定しない場合', revoked: 'STIX: 取り消されたインジケーターも含める', links: 'MISP: リンク属性も含める', all: 'MISP: to_ids が付いていない属性も含める',
    },
    connection: {
      cloud: (clouds) => `${clouds} (既定 public)`, region: (regions) => `パブリック クラウドのリージョン ホスト: ${regions}`,
      baseUrl: '別のホスト (プロキシ、エミュレーター)。https、または 127.0.0.1 の http',
      retries: '5xx、タイムアウト、ネットワーク エラーの後の再試行回数 (既定 5)',
      signIn: `サインイン: MDE_TOKEN (ベアラー トークン) が設定されていればそれを使用。それ以外は @azure/identity の
DefaultAzureCredential: AZURE_TENANT_ID + AZURE_CLIENT_ID + AZURE_CLIENT_SECRET (WindowsDefenderATP の
アプリケーションのアクセス許可 Ti.ReadWrite.All を持ち、管理者の同意を得たアプリの登録)、マネージド ID、
または az login。`,
      exit: `0 すべて成功、1 一部が無効、失敗、または未送信、2 入力を使用できないか使用法の誤り、
3 サインイン、アクセス許可、サービスの失敗、130 Ctrl+C で停止 (レポートは表示されます)。`,
    },
    validate: {
      about: `すべてのインジケーターを検証し、問題のあるものを行 (CSV ファイルではそのデータ行とテンプレートの列)、
フィールド、問題コード、メッセージ、対象の値とともに表示します。最後にコードごとの件数の要約を表示します
(stdout が端末でない場合は stderr に)。色は端末でのみ使い、NO_COLOR では使いません。`,
      format: 'text (既定) は人向け、json はプログラム向け: ペイロードを除いた\nvalidateBatch() のレポート {items, errors, summary} を逐次書き出す',
      warnings: '有効なインジケーターの警告も表示する',
      exit: '0 すべて有効、1 一部が無効、2 入力を使用できないか使用法の誤り。',
    },
    build: {
      about: (limit) => `有効なインジケーターを POST /api/indicators/import の本文として書き出します: <dir>/batch-0001.json、
batch-0002.json ...。それぞれ {"Indicators": [...]} で、最大 ${limit} 個のインジケーターを 1 行に 1 つずつ含みます。
無効なものは <dir>/invalid.json (index、line、errors、warnings、input) に、要約は stderr に書き出します。
NDJSON はストリーム処理され、本文がいっぱいになるとすぐに書き出されます。1 回の送信には大きすぎる入力
(${limit} を超えるインポート本文、${limit} 行を超える CSV) も同じように分割されます。`,
      out: '書き出し先 (なければ作成)', force: '<dir> にある batch-*.json と invalid.json を置き換える',
      dedupe: '重複するインジケーターをすべて残す (既定では種類と値ごとに最初のものだけを\n本文に入れます。サービスは 1 つしか保持しないため)',
      batchSize: (limit) => `本文あたりのインジケーター数、1 から ${limit} (既定 ${limit})`,
      exit: '0 すべて有効、1 一部が無効 (有効なものは書き出されます)、2 入力を使用できないか\n使用法の誤り (何も書き出されません)。',
    },
    schema: {
      about: `インジケーター本文の JSON スキーマを表示します: 各フィールドの型、列挙値、値の形式、必須フィールド、
フィールド間の規則。validate が受け入れるすべての本文を受け入れます。x-mde-not-expressed (と $comment) は
validate がそれ以上に検査する内容を示します。`,
      target: 'draft-2020-12 (既定)、draft-07、または openapi-3.0',
      io: 'input (既定): validate が受け入れる本文。\noutput: validate が返す正規化されたペイロード',
      undocumented: '文書化されていないフィールド (bypassDurationHours ...) を通す',
      exit: '0 表示した、2 使用法の誤り。',
    },
    submit: {
      about: `すべてのインジケーターを検証し、有効なものをサービスに送信します: 最大 500 個のインポート本文
(POST /api/indicators/import)、または --mode single でインジケーターごとに POST /api/indicators。文書化された
レート制限のペースで送信し、429 は待機し、5xx とネットワーク エラーは再試行します。無効なインジケーターは
送信しません。無効または失敗したインジケーターと要約を表示します (--format json ではレポート全体)。
端末では進行状況の行を表示します。Ctrl+C は実行中の呼び出しの後で停止し、レポートを表示します。`,
      dryRun: '何も送信しない: 何を、何回の呼び出しで、どれだけの時間で送信するかを表示する',
      mode: 'インポート本文 (既定) またはインジケーターごとに 1 回の呼び出し',
      format: 'text (既定)、または JSON の SubmitReport',
    },
    list: {
      about: `テナントのインジケーターを表示します (GET /api/indicators。1 回の呼び出しあたりのサービスの上限 10,000 の
範囲で $top/$skip によりページング)。1 行に 1 つ (ID、種類、値、アクション、有効期限、externalId)、
または JSON。`,
      filter: 'OData の $filter。例: "indicatorType eq \'Url\' and action eq \'Block\'"',
      top: '最大 n 個のインジケーター', format: 'text (既定)、json (1 つの配列)、または ndjson (1 行に 1 インジケーター)',
    },
    delete: {
      about: `ファイルにある ID のインジケーターを削除します (POST /api/indicators/BatchDelete、1 回に 500 個、ペース調整あり)。
1 行に 1 つの ID (空行と # コメントは無視)、または ID の JSON 配列か "id" を持つインジケーターの JSON 配列
(list --format json の出力)。`,
      dryRun: '何も削除しない: 必要な呼び出し回数を表示する', format: 'text (既定)、または JSON の削除レポート',
    },
    sync: {
      about: `<name> に属するインジケーターをファイルと一致させます。externalId が "<name>:" で始まるインジケーターは
<name> に属します。sync は各インジケーターの externalId をその形で書き込みます (プレフィックスの後ろは保持)。
足りないものを追加し、変わったものを更新し、ファイルにない所有者のインジケーターを削除します。他の所有者の
インジケーターには一切触れません: 他の所有者が同じ種類と値を持つ項目は送信しません。無効な項目がある間は
何も削除しません。変更の前に、結果がテナントのアクティブなインジケーターの上限を超える場合は拒否します。`,
      owner: '英字、数字、"."、"_"、"-" (必須)',
      dryRun: 'テナントを取得し、何も変更せずに計画を表示する',
      mode: '追加と更新の送信方法 (既定 import)',
      format: 'text (既定)、または JSON の同期レポート',
      now: 'expirationTime を判定する時刻',
    },
  },
  'zh-TW': {
    colon: '：',
    usage: '使用方式', options: '選項', examples: '範例', exitCodes: '結束代碼', help: '顯示此說明',
    profile: (names, fallback) => `API 修訂版本：${names} (預設 ${fallback})`,
    inputFormat: (names) => `${names}，而不是從內容推測`,
    now: `判斷 expirationTime 所依據的時間，例如 2026-01-01T00:00:00Z
(預設：系統時鐘)；讓執行結果可重現`,
    nowShort: '判斷 expirationTime 所依據的時間 (預設：系統時鐘)',
    undocumented: '讓未記載的欄位 (bypassDurationHours ...) 通過，並發出警告',
    undocumentedShort: '讓未記載的欄位通過，並發出警告',
    feeds: '摘要 (STIX 2.1 套件組合、TAXII 信封、MISP 事件和 REST 回應；依內容偵測，\n或 --input-format stix|misp)：',
    feed: {
      action: '每個指示器的動作，或依種類：files=Block,network=Warn,\ncertificates=BlockAndRemediate (預設：Audit，只發出警示)',
      severity: '摘要未提供時 (MISP 的威脅等級優先)',
      expires: '摘要未提供時的 expirationTime (STIX 的 valid_until 優先)',
      title: '摘要未提供時', revoked: 'STIX：也包含已撤銷的指示器', links: 'MISP：也包含連結屬性', all: 'MISP：也包含未標示 to_ids 的屬性',
    },
    connection: {
      cloud: (clouds) => `${clouds} (預設 public)`, region: (regions) => `公用雲端的區域主機：${regions}`,
      baseUrl: '其他主機 (Proxy、模擬器)；https，或 127.0.0.1 上的 http',
      retries: '發生 5xx、逾時或網路錯誤後的額外嘗試次數 (預設 5)',
      signIn: `登入：設定了 MDE_TOKEN (持有人權杖) 時使用它；否則使用 @azure/identity 的 DefaultAzureCredential：
AZURE_TENANT_ID + AZURE_CLIENT_ID + AZURE_CLIENT_SECRET (具有 WindowsDefenderATP 應用程式權限
Ti.ReadWrite.All 且已授與管理員同意的應用程式註冊)、受控識別，或 az login。`,
      exit: `0 全部成功，1 部分無效、失敗或未傳送，2 輸入無法使用或用法錯誤，
3 登入、權限或服務失敗，130 以 Ctrl+C 停止 (仍會顯示報告)。`,
    },
    validate: {
      about: `驗證每個指示器，並顯示每個有問題的指示器及其行 (CSV 檔案為其列和範本的欄)、欄位、問題代碼、
訊息和相關的值；接著顯示含每個代碼計數的摘要，stdout 不是終端機時輸出到 stderr。只在終端機上
使用色彩，設定 NO_COLOR 時絕不使用。`,
      format: 'text (預設) 供人閱讀；json 供程式使用：validateBatch() 的報告\n{items, errors, summary}，不含承載，邊處理邊寫出',
      warnings: '也列出有效指示器的警告',
      exit: '0 全部有效，1 部分無效，2 輸入無法使用或用法錯誤。',
    },
    build: {
      about: (limit) => `將有效的指示器寫成 POST /api/indicators/import 的本文：<dir>/batch-0001.json、batch-0002.json ...，
每個為 {"Indicators": [...]}，最多 ${limit} 個指示器，每行一個。無效的寫入 <dir>/invalid.json (index、line、
errors、warnings、input)，摘要寫到 stderr。NDJSON 以串流處理：本文一滿就寫出。對單次提交而言過大的輸入
(超過 ${limit} 個的匯入本文、超過 ${limit} 列的 CSV) 也以同樣方式分割。`,
      out: '寫入位置 (不存在時建立)', force: '取代 <dir> 中已有的 batch-*.json 和 invalid.json',
      dedupe: '保留重複指示器的每個複本 (預設每種類型和值只有第一個會放入本文，\n因為服務只保留一個)',
      batchSize: (limit) => `每個本文的指示器數，1 到 ${limit} (預設 ${limit})`,
      exit: '0 全部有效，1 部分無效 (有效的仍會寫出)，2 輸入無法使用或用法錯誤\n(不寫出任何內容)。',
    },
    schema: {
      about: `顯示指示器本文的 JSON 結構描述：每個欄位的類型、列舉和值格式、必要欄位以及跨欄位規則。它接受
validate 接受的每個本文；其 x-mde-not-expressed (和 $comment) 列出 validate 額外檢查的項目。`,
      target: 'draft-2020-12 (預設)、draft-07 或 openapi-3.0',
      io: 'input (預設)：validate 接受的本文；\noutput：它傳回的標準承載',
      undocumented: '讓未記載的欄位 (bypassDurationHours ...) 通過',
      exit: '0 已顯示，2 用法錯誤。',
    },
    submit: {
      about: `驗證每個指示器，然後將有效的傳送到服務：最多 500 個的匯入本文 (POST /api/indicators/import)，
或以 --mode single 每個指示器一次 POST /api/indicators；依記載的速率限制調節速度，遇到 429 會等待，
遇到 5xx 和網路錯誤會重試。無效的指示器絕不傳送。顯示每個無效或失敗的指示器和摘要，或以
--format json 顯示完整報告。在終端機上會顯示進度行。Ctrl+C 會在進行中的呼叫完成後停止，並仍顯示報告。`,
      dryRun: '不傳送任何內容：說明會傳送什麼、需要幾次呼叫、多久',
      mode: '匯入本文 (預設) 或每個指示器一次呼叫',
      format: 'text (預設)，或 JSON 格式的 SubmitReport',
    },
    list: {
      about: `顯示租用戶的指示器 (GET /api/indicators，在服務每次呼叫最多 10,000 個的範圍內以 $top/$skip 分頁)：
每個一行 (識別碼、類型、值、動作、到期、externalId)，或 JSON。`,
      filter: 'OData $filter，例如 "indicatorType eq \'Url\' and action eq \'Block\'"',
      top: '最多 n 個指示器', format: 'text (預設)、json (一個陣列) 或 ndjson (每行一個指示器)',
    },
    delete: {
      about: `刪除檔案中所列識別碼的指示器 (POST /api/indicators/BatchDelete，每次呼叫 500 個，調節速度)：每行一個
識別碼 (略過空白行和 # 註解)，或識別碼的 JSON 陣列，或含 "id" 的指示器 JSON 陣列 (list --format json 的輸出)。`,
      dryRun: '不刪除任何內容：說明需要幾次呼叫', format: 'text (預設)，或 JSON 格式的刪除報告',
    },
    sync: {
      about: `讓屬於 <name> 的指示器與檔案一致。externalId 以 "<name>:" 開頭的指示器屬於 <name>；sync 會以此方式寫入
每個指示器的 externalId (保留前置詞之後的內容)。它新增缺少的、更新變更的、刪除檔案中沒有的該擁有者
指示器，且絕不動到其他擁有者的指示器：其他擁有者已有相同類型和值的項目不會傳送。只要有任何項目無效，
就不會刪除任何內容。在任何變更之前，若結果會超過租用戶的作用中指示器上限，它會拒絕執行。`,
      owner: '字母、數字、"."、"_" 或 "-" (必要)',
      dryRun: '列出租用戶，然後顯示計畫而不變更任何內容',
      mode: '新增和更新的傳送方式 (預設 import)',
      format: 'text (預設)，或 JSON 格式的同步報告',
      now: '判斷 expirationTime 所依據的時間',
    },
  },
  'zh-CN': {
    colon: '：',
    usage: '用法', options: '选项', examples: '示例', exitCodes: '退出代码', help: '显示此帮助',
    profile: (names, fallback) => `API 修订版本：${names}（默认 ${fallback}）`,
    inputFormat: (names) => `${names}，而不是从内容推测`,
    now: `判断 expirationTime 所依据的时间，例如 2026-01-01T00:00:00Z
（默认：系统时钟）；使运行结果可重现`,
    nowShort: '判断 expirationTime 所依据的时间（默认：系统时钟）',
    undocumented: '让未记录的字段（bypassDurationHours ...）通过，并发出警告',
    undocumentedShort: '让未记录的字段通过，并发出警告',
    feeds: '情报源（STIX 2.1 捆绑包、TAXII 信封、MISP 事件和 REST 响应；按内容检测，\n或 --input-format stix|misp）：',
    feed: {
      action: '每个指示器的操作，或按类别：files=Block,network=Warn,\ncertificates=BlockAndRemediate（默认：Audit，仅发出警报）',
      severity: '情报源未提供时（MISP 的威胁级别优先）',
      expires: '情报源未提供时的 expirationTime（STIX 的 valid_until 优先）',
      title: '情报源未提供时', revoked: 'STIX：也包括已吊销的指示器', links: 'MISP：也包括链接属性', all: 'MISP：也包括未标记 to_ids 的属性',
    },
    connection: {
      cloud: (clouds) => `${clouds}（默认 public）`, region: (regions) => `公有云的区域主机：${regions}`,
      baseUrl: '其他主机（代理、模拟器）；https，或 127.0.0.1 上的 http',
      retries: '发生 5xx、超时或网络错误后的额外尝试次数（默认 5）',
      signIn: `登录：设置了 MDE_TOKEN（持有者令牌）时使用它；否则使用 @azure/identity 的 DefaultAzureCredential：
AZURE_TENANT_ID + AZURE_CLIENT_ID + AZURE_CLIENT_SECRET（具有 WindowsDefenderATP 应用程序权限
Ti.ReadWrite.All 且已授予管理员同意的应用注册）、托管标识，或 az login。`,
      exit: `0 全部成功，1 部分无效、失败或未发送，2 输入无法使用或用法错误，
3 登录、权限或服务失败，130 按 Ctrl+C 停止（仍会显示报告）。`,
    },
    validate: {
      about: `验证每个指示器，并显示每个有问题的指示器及其行（CSV 文件为其行和模板的列）、字段、问题代码、
消息和相关的值；然后显示含每个代码计数的摘要，stdout 不是终端时输出到 stderr。仅在终端上使用颜色，
设置 NO_COLOR 时绝不使用。`,
      format: 'text（默认）供人阅读；json 供程序使用：validateBatch() 的报告\n{items, errors, summary}，不含有效负载，边处理边写出',
      warnings: '也列出有效指示器的警告',
      exit: '0 全部有效，1 部分无效，2 输入无法使用或用法错误。',
    },
    build: {
      about: (limit) => `将有效的指示器写成 POST /api/indicators/import 的正文：<dir>/batch-0001.json、batch-0002.json ...，
每个为 {"Indicators": [...]}，最多 ${limit} 个指示器，每行一个。无效的写入 <dir>/invalid.json（index、line、
errors、warnings、input），摘要写到 stderr。NDJSON 以流式处理：正文一满就写出。对单次提交而言过大的输入
（超过 ${limit} 个的导入正文、超过 ${limit} 行的 CSV）也以同样方式拆分。`,
      out: '写入位置（不存在时创建）', force: '替换 <dir> 中已有的 batch-*.json 和 invalid.json',
      dedupe: '保留重复指示器的每个副本（默认每种类型和值只有第一个会放入正文，\n因为服务只保留一个）',
      batchSize: (limit) => `每个正文的指示器数，1 到 ${limit}（默认 ${limit}）`,
      exit: '0 全部有效，1 部分无效（有效的仍会写出），2 输入无法使用或用法错误\n（不写出任何内容）。',
    },
    schema: {
      about: `显示指示器正文的 JSON 架构：每个字段的类型、枚举和值格式、必填字段以及跨字段规则。它接受
validate 接受的每个正文；其 x-mde-not-expressed（和 $comment）列出 validate 额外检查的内容。`,
      target: 'draft-2020-12（默认）、draft-07 或 openapi-3.0',
      io: 'input（默认）：validate 接受的正文；\noutput：它返回的规范有效负载',
      undocumented: '让未记录的字段（bypassDurationHours ...）通过',
      exit: '0 已显示，2 用法错误。',
    },
    submit: {
      about: `验证每个指示器，然后将有效的发送到服务：最多 500 个的导入正文（POST /api/indicators/import），
或以 --mode single 每个指示器一次 POST /api/indicators；按记录的速率限制控制速度，遇到 429 会等待，
遇到 5xx 和网络错误会重试。无效的指示器绝不发送。显示每个无效或失败的指示器和摘要，或以
--format json 显示完整报告。在终端上会显示进度行。Ctrl+C 会在进行中的调用完成后停止，并仍显示报告。`,
      dryRun: '不发送任何内容：说明会发送什么、需要几次调用、多久',
      mode: '导入正文（默认）或每个指示器一次调用',
      format: 'text（默认），或 JSON 格式的 SubmitReport',
    },
    list: {
      about: `显示租户的指示器（GET /api/indicators，在服务每次调用最多 10,000 个的范围内以 $top/$skip 分页）：
每个一行（ID、类型、值、操作、过期时间、externalId），或 JSON。`,
      filter: 'OData $filter，例如 "indicatorType eq \'Url\' and action eq \'Block\'"',
      top: '最多 n 个指示器', format: 'text（默认）、json（一个数组）或 ndjson（每行一个指示器）',
    },
    delete: {
      about: `删除文件中所列 ID 的指示器（POST /api/indicators/BatchDelete，每次调用 500 个，控制速度）：每行一个 ID
（跳过空行和 # 注释），或 ID 的 JSON 数组，或含 "id" 的指示器 JSON 数组（list --format json 的输出）。`,
      dryRun: '不删除任何内容：说明需要几次调用', format: 'text（默认），或 JSON 格式的删除报告',
    },
    sync: {
      about: `使属于 <name> 的指示器与文件一致。externalId 以 "<name>:" 开头的指示器属于 <name>；sync 会以此方式写入
每个指示器的 externalId（保留前缀之后的内容）。它添加缺少的、更新更改的、删除文件中没有的该所有者
指示器，且绝不触碰其他所有者的指示器：其他所有者已有相同类型和值的项不会发送。只要有任何项无效，
就不会删除任何内容。在任何更改之前，若结果会超过租户的活动指示器上限，它会拒绝执行。`,
      owner: '字母、数字、"."、"_" 或 "-"（必填）',
      dryRun: '列出租户，然后显示计划而不更改任何内容',
      mode: '添加和更新的发送方式（默认 import）',
      format: 'text（默认），或 JSON 格式的同步报告',
      now: '判断 expirationTime 所依据的时间',
    },
  },
};

/** The help's words of every locale, for the tests. */
export const HELP_WORDS = WORDS;

/** One option: its name, then its text in the column, continued lines indented to it. */
function option(name, text) {
  const [first, ...rest] = text.split('\n');
  const head = name.length >= 22 ? `  ${name}  ` : `  ${name.padEnd(24)}`;
  return [`${head}${first}`, ...rest.map((line) => `${' '.repeat(26)}${line}`)].join('\n');
}

/** `Options:`, `Options :`, `選項：`. */
const heading = (w, word) => `${word}${w.colon ?? ':'}`;
/** A heading with its text on the same line. */
const said = (w, word) => (w.colon === '：' ? heading(w, word) : `${heading(w, word)} `);

const profileOption = (w) => option('--profile <name>', w.profile(PROFILES.join(', '), DEFAULT_PROFILE));
const inputFormatOption = (w, formats) => option('--input-format <f>', w.inputFormat(orList(formats)));

function feedOptions(w) {
  const f = w.feed;
  return [w.feeds, option('--action <a>', f.action), option('--severity <s>', f.severity), option('--expires-in-days <n>', f.expires),
    option('--title <t>, --description <d>', f.title), option('--include-revoked', f.revoked), option('--include-links', f.links),
    option('--all-attributes', f.all)].join('\n');
}

/** The options of validate and build. */
const commonOptions = (w) => [profileOption(w), option('--now <date-time>', w.now), option('--allow-undocumented', w.undocumented),
  inputFormatOption(w, INPUT_FORMATS), option('-h, --help', w.help), '', feedOptions(w)].join('\n');

/** The options of the commands that talk to the service, sign-in and exit codes. */
function connectionOptions(w) {
  const c = w.connection;
  return [option('--cloud <name>', c.cloud(Object.keys(CLOUDS).join(', '))), option('--region <name>', c.region(REGIONS.join(', '))),
    option('--base-url <url>', c.baseUrl), option('--retries <n>', c.retries), option('-h, --help', w.help), '', c.signIn, '',
    `${said(w, w.exitCodes)}${c.exit}`].join('\n');
}

/** The options that submit and sync share with validate. */
const sendOptions = (w, now) => [profileOption(w), option('--now <date-time>', now), option('--allow-undocumented', w.undocumentedShort),
  inputFormatOption(w, INDICATOR_FORMATS)].join('\n');

const examples = (w, lines) => `\n${heading(w, w.examples)}\n${lines.map((line) => `  ${line}`).join('\n')}\n`;

const COMPOSE = {
  validate: (w) => `${said(w, w.usage)}mde-indicator validate <file|-> [options]

${w.validate.about}

${heading(w, w.options)}
${option('--format <text|json>', w.validate.format)}
${option('-w, --warnings', w.validate.warnings)}
${commonOptions(w)}

${said(w, w.exitCodes)}${w.validate.exit}
${examples(w, [
    'mde-indicator validate iocs.csv',
    'mde-indicator validate feed.ndjson --now 2026-01-01T00:00:00Z',
    "mde-indicator validate body.json --profile 2022 --format json | jq '.summary'",
    'cat feed.ndjson | mde-indicator validate - --input-format ndjson',
  ])}`,
  build: (w) => `${said(w, w.usage)}mde-indicator build <file|-> --out <dir> [options]

${w.build.about(IMPORT_LIMIT)}

${heading(w, w.options)}
${option('-o, --out <dir>', w.build.out)}
${option('-f, --force', w.build.force)}
${option('--no-dedupe', w.build.dedupe)}
${option('--batch-size <n>', w.build.batchSize(IMPORT_LIMIT))}
${commonOptions(w)}

${said(w, w.exitCodes)}${w.build.exit}
${examples(w, ['mde-indicator build feed.ndjson --out bodies/', 'mde-indicator build iocs.csv -o bodies/ --force --batch-size 100'])}`,
  schema: (w) => `${said(w, w.usage)}mde-indicator schema [options]

${w.schema.about}

${heading(w, w.options)}
${profileOption(w)}
${option('--target <t>', w.schema.target)}
${option('--io <input|output>', w.schema.io)}
${option('--allow-undocumented', w.schema.undocumented)}
${option('-h, --help', w.help)}

${said(w, w.exitCodes)}${w.schema.exit}
${examples(w, ['mde-indicator schema > indicator.schema.json', 'mde-indicator schema --profile 2022 --target openapi-3.0 --io output'])}`,
  submit: (w) => `${said(w, w.usage)}mde-indicator submit <file|-> [options]

${w.submit.about}

${heading(w, w.options)}
${option('--dry-run', w.submit.dryRun)}
${option('--mode <import|single>', w.submit.mode)}
${option('--format <text|json>', w.submit.format)}
${sendOptions(w, w.nowShort)}
${connectionOptions(w)}
${examples(w, ['MDE_TOKEN=... mde-indicator submit feed.ndjson', 'mde-indicator submit iocs.csv --dry-run', 'mde-indicator submit feed.ndjson --region eu --format json > report.json'])}`,
  list: (w) => `${said(w, w.usage)}mde-indicator list [options]

${w.list.about}

${heading(w, w.options)}
${option('--filter <odata>', w.list.filter)}
${option('--top <n>', w.list.top)}
${option('--format <f>', w.list.format)}
${connectionOptions(w)}
`,
  delete: (w) => `${said(w, w.usage)}mde-indicator delete <ids-file|-> [options]

${w.delete.about}

${heading(w, w.options)}
${option('--dry-run', w.delete.dryRun)}
${option('--format <text|json>', w.delete.format)}
${connectionOptions(w)}
`,
  sync: (w) => `${said(w, w.usage)}mde-indicator sync <file|-> --owner <name> [options]

${w.sync.about}

${heading(w, w.options)}
${option('--owner <name>', w.sync.owner)}
${option('--dry-run', w.sync.dryRun)}
${option('--mode <import|single>', w.sync.mode)}
${option('--format <text|json>', w.sync.format)}
${sendOptions(w, w.sync.now)}
${connectionOptions(w)}
${examples(w, ['mde-indicator sync feodo.ndjson --owner feodo --dry-run', 'mde-indicator sync feodo.ndjson --owner feodo --format json > sync.json'])}`,
};

/** The help of `command` in the run's language. */
export const commandHelp = (command) => COMPOSE[command](WORDS[lang.tag]);
