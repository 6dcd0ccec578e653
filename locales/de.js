// mde-indicator/locales/de: every issue code's message in German, in the words of Microsoft's
// German documentation of Defender (Indikator, Aktion, Ablaufzeit, Schweregrad, Mandant,
// RBAC-Gruppen, Warnung). Field names and enum values stay as the API spells them.
// No import or export: this one file is the ES module and the CommonJS module, and it registers
// itself in the package's locale registry when loaded (see README, "Messages in other languages").
(function register() {
  'use strict';
  const q = (text) => `„${text}“`;
  const reasons = {
    contains_space: 'enthält Leerzeichen',
    wildcard: {
      invalid_ip: 'Platzhalter werden nicht unterstützt',
      invalid_domain: 'Platzhalter werden nicht unterstützt; eine Domäne umfasst bereits alle ihre Unterdomänen',
      invalid_url: 'Platzhalter werden nicht unterstützt; eine URL umfasst bereits alles unter ihrem Pfad',
    },
    range: 'Bereiche werden nicht unterstützt; geben Sie eine einzelne Adresse an',
    zone_id: 'Zonen-IDs (%...) werden nicht unterstützt',
    brackets: 'entfernen Sie die eckigen Klammern um die IPv6-Adresse',
    port: {
      invalid_ip: 'Ports werden nicht unterstützt',
      invalid_domain: 'enthält einen Port; geben Sie nur den Hostnamen an',
      invalid_url: 'hat einen ungültigen Port',
    },
    not_an_address: 'erwartet wird eine IPv4-Adresse in Punktnotation wie 8.8.8.8 oder eine IPv6-Adresse wie 2001:4860:4860::8888',
    prefix_out_of_range: 'die CIDR-Präfixlänge liegt außerhalb des zulässigen Bereichs',
    empty: 'ist leer',
    too_long: 'ist länger als 253 Zeichen',
    empty_label: 'hat ein leeres Label (ein Punkt am Anfang, am Ende oder doppelt)',
    label_too_long: 'hat ein Label mit mehr als 63 Zeichen',
    label_character: 'Labels dürfen nur Buchstaben, Ziffern und Bindestriche enthalten',
    label_hyphen: 'ein Label darf nicht mit einem Bindestrich beginnen oder enden',
    single_label: 'muss mindestens zwei Labels haben, wie contoso.com',
    numeric_tld: 'das Label der obersten Ebene darf nicht nur aus Ziffern bestehen',
    scheme_or_path: 'enthält ein Schema oder einen Pfad; verwenden Sie für URLs indicatorType Url',
    backslash: {
      invalid_domain: 'enthält einen umgekehrten Schrägstrich',
      invalid_url: 'enthält einen umgekehrten Schrägstrich; verwenden Sie normale Schrägstriche',
    },
    ip_address: 'ist eine IP-Adresse; verwenden Sie indicatorType IpAddress',
    unseen_character: 'enthält Leerzeichen, Steuerzeichen oder unsichtbare Formatierungszeichen',
    scheme: 'das Schema muss http oder https sein',
    scheme_slashes: 'auf das Schema muss // folgen',
    scheme_missing: 'muss mit http:// oder https:// beginnen',
    user_info: 'enthält Benutzerinformationen (Benutzer@Host); geben Sie nur den Host an',
    unclosed_bracket: 'hat eine nicht geschlossene IPv6-Klammer',
    ipv6_literal: 'hat ein ungültiges IPv6-Literal',
    shape: 'erwartet wird die Form JJJJ-MM-TTTHH:MM:SSZ',
    year: 'das Jahr muss zwischen 0001 und 9999 liegen',
    month: 'der Monat muss zwischen 01 und 12 liegen',
    day: 'der Tag muss zwischen 01 und 31 liegen',
    no_such_day: 'diesen Tag gibt es in diesem Monat nicht',
    hour: 'die Stunde muss zwischen 00 und 23 liegen',
    minute: 'die Minute muss zwischen 00 und 59 liegen',
    second: 'die Sekunde muss zwischen 00 und 59 liegen',
    fraction_digits: 'nach dem Dezimalpunkt werden Ziffern erwartet',
    offset_missing: 'die Zeitzonenverschiebung fehlt; fügen Sie Z für UTC hinzu',
    offset_shape: 'die Verschiebung muss die Form +HH:MM haben',
    offset_hour: 'die Stunde der Verschiebung muss zwischen 00 und 23 liegen',
    offset_minute: 'die Minute der Verschiebung muss zwischen 00 und 59 liegen',
    out_of_range: 'liegt in UTC außerhalb der Jahre 0001 bis 9999',
    unclosed_quote: 'eine Zelle in Anführungszeichen ist nicht geschlossen',
    text_after_quote: 'Text nach einem schließenden Anführungszeichen',
    no_column: 'die Vorlage hat keine Spalte dafür',
    cell_type: 'sein JSON-Typ passt nicht zur Spalte',
    blank: 'es ist leer oder besteht nur aus Leerraum, was die Vorlage als fehlendes Feld liest',
    list_item_comma: 'ein Listeneintrag enthält ein Komma',
    list_item_blank: 'ein Listeneintrag ist leer oder von Leerzeichen umgeben, was die Zelle nicht bewahren kann',
    list_item_not_string: 'ein Listeneintrag ist keine Zeichenfolge',
    expected_array: 'erwartet wird ein JSON-Array',
    end_in_array: 'unerwartetes Ende der Eingabe in einem Array',
    expected_comma_or_bracket: 'erwartet wird „,“ oder „]“',
    trailing_text: 'unerwarteter Text nach dem JSON-Wert',
    unexpected_character: 'unerwartetes Zeichen',
    unexpected_end: 'unerwartetes Ende der Eingabe',
    expected_object: 'erwartet wird ein JSON-Objekt',
    too_deep: 'zu tief verschachtelt',
    expected_key: 'erwartet wird ein Schlüssel als Zeichenfolge',
    expected_colon: 'erwartet wird „:“',
    end_in_object: 'unerwartetes Ende der Eingabe in einem Objekt',
    expected_comma_or_brace: 'erwartet wird „,“ oder „}“',
    invalid_number: 'ungültige Zahl',
    unterminated_string: 'nicht abgeschlossene Zeichenfolge',
    control_character: 'ein Steuerzeichen in einer Zeichenfolge muss maskiert werden',
    invalid_escape: 'ungültige Escapesequenz in einer Zeichenfolge',
    invalid_unicode_escape: 'ungültige \\u-Escapesequenz',
  };
  const expected = {
    object: 'ein Objekt',
    string: 'eine Zeichenfolge',
    boolean: 'ein boolescher Wert',
    array: 'ein Array',
    string_array: 'ein Array von Zeichenfolgen',
    json_value: 'ein JSON-Wert',
    error_body: 'ein Objekt mit einem „error“-Objekt',
    import_answer: 'ein Objekt mit einem „value“-Array',
    feed: 'ein STIX-Bundle oder ein MISP-Ereignis',
    stix_input: 'ein STIX-Bundle, -Umschlag, -Array oder -Objekt',
    misp_input: 'ein MISP-Ereignis, eine Liste von Ereignissen oder eine REST-Antwort',
  };
  const ranges = {
    this_network: 'dieses Netzwerk',
    private: 'privat',
    shared: 'gemeinsam genutzt (Carrier-Grade-NAT)',
    loopback: 'Loopback',
    link_local: 'Link-Local',
    ietf_protocol: 'IETF-Protokollzuweisung',
    documentation: 'Dokumentation',
    benchmarking: 'Benchmarking',
    multicast: 'Multicast',
    reserved: 'reserviert',
    unspecified: 'nicht angegeben',
    nat64_local: 'lokales NAT64',
    discard_only: 'nur Verwerfen',
    unique_local: 'eindeutig lokal (privat)',
    site_local: 'Site-Local (veraltet)',
  };
  const types = {
    boolean: 'ein boolescher Wert', number: 'eine Zahl', string: 'eine Zeichenfolge', array: 'ein Array', object: 'ein Objekt',
    not_json: 'kein JSON', too_deep: 'ein Wert, der tiefer als 64 Ebenen verschachtelt ist',
  };
  const reason = (code, token) => {
    const text = reasons[token];
    return typeof text === 'object' ? text[code] ?? Object.values(text)[0] : text;
  };
  const received = (name) =>
    types[name] ?? (/^(null|undefined|NaN|-?Infinity)$/.test(name) ? name : /^[A-Z]/.test(name) ? `ein ${name}-Objekt` : `ein ${name}`);
  const since = (p) => (p ? ` (es wurde in Profil ${p} hinzugefügt)` : '');

  const messages = {
    invalid_json: (p, t) => `ist kein gültiges JSON: ${reason('invalid_json', p.reason)} in Zeile ${t.number(p.line)}, Spalte ${t.number(p.column)}`,
    unreadable_input: (p) => `konnte nicht als JSON-Daten gelesen werden: ${p.detail}`,
    duplicate_key: (p) => `enthält den Schlüssel ${q(p.key)} mehrmals; der Dienst würde stillschweigend nur einen behalten`,
    required: () => 'ist erforderlich',
    invalid_type: (p) => `muss ${expected[p.expected]} sein, nicht ${received(p.received)}`,
    empty_value: () => 'darf nicht leer sein',
    unrepresentable_string: () => 'enthält ein einzelnes UTF-16-Ersatzzeichen, das nicht originalgetreu als UTF-8-JSON gesendet werden kann',
    unknown_field: (p) => {
      let text = `${q(p.field)} ist kein Feld der Indikator-API`;
      if (p.suggestion) {
        text += `; meinten Sie ${q(p.suggestion)}?`;
        if (p.suggestion.toLowerCase() === p.field.toLowerCase()) text += ' (bei Schlüsseln wird die Groß-/Kleinschreibung beachtet)';
      }
      return text;
    },
    field_not_in_profile: (p) => `${q(p.field)} ist kein Feld in Profil ${p.profile}${since(p.since)}`,
    invalid_enum: (p, t) => {
      const text = `${q(p.received)} ist kein gültiger Wert für ${p.field}; mögliche Werte sind ${t.or(p.allowed)}`;
      return p.suggestion ? `${text} (meinten Sie ${q(p.suggestion)}? bei Werten wird die Groß-/Kleinschreibung beachtet)` : text;
    },
    enum_not_in_profile: (p) => `${p.field} ${q(p.received)} ist in Profil ${p.profile} nicht verfügbar${since(p.since)}`,
    invalid_hash: (p, t) =>
      p.nonHex === null
        ? `muss für ${p.indicatorType} aus ${t.number(p.expectedLength)} Hexadezimalziffern bestehen, nicht aus ${t.number(p.length)}`
        : `muss für ${p.indicatorType} hexadezimal sein, enthält aber ${t.character(p.nonHex, q)}`,
    invalid_ip: (p) => `ist keine gültige IP-Adresse: ${reason('invalid_ip', p.reason)}`,
    cidr_not_supported: (p) => `die CIDR-Notation wird in Profil ${p.profile} nicht unterstützt; geben Sie eine einzelne Adresse an`,
    ip_not_global: (p) =>
      `ist eine Adresse des Bereichs ${q(ranges[p.range])} (${p.block}); nur externe IPs können hinzugefügt werden, für interne IPs können keine Indikatoren erstellt werden`,
    invalid_domain: (p) => `ist kein gültiger Domänenname: ${reason('invalid_domain', p.reason)}`,
    idn_not_ascii: () => 'enthält Nicht-ASCII-Buchstaben; senden Sie den internationalisierten Namen in seiner ASCII-Form (Punycode, „xn--“)',
    onion_service: () => 'ist ein Tor-Onion-Dienst: Er ist nur über das Tor-Netzwerk erreichbar, daher würde ein Indikator dafür nie zutreffen; blockieren Sie Tor selbst, wenn das das Ziel ist',
    invalid_url: (p) => `ist keine gültige URL: ${reason('invalid_url', p.reason)}`,
    invalid_datetime: (p) => `ist keine gültige Datums- und Uhrzeitangabe mit Verschiebung (z. B. 2026-12-31T00:00:00Z): ${reason('invalid_datetime', p.reason)}`,
    invalid_technique: () => 'muss eine MITRE ATT&CK-Technik-ID wie T1059 oder T1059.001 sein',
    invalid_category: () => 'muss eine Portalkategorie in PascalCase wie SuspiciousActivity sein',
    audit_requires_generate_alert: () => 'muss true sein, wenn die Aktion Audit ist',
    educate_url_not_applicable: (p) =>
      `wird nur mit der Aktion Block oder Warn für Url-Indikatoren unterstützt, nicht mit ${p.action} für ${p.indicatorType}`,
    action_not_allowed_for_type: (p, t) =>
      `die Aktion ${p.action} ist für ${p.indicatorType}-Indikatoren nicht verfügbar; verwenden Sie ${t.or(p.allowed)}`,
    empty_input: () => 'enthält keine Indikatoren',
    invalid_utf8: (p, t) => `ist kein UTF-8-Text (ungültiges Byte an Position ${t.number(p.offset)})`,
    invalid_csv: (p, t) => `ist in Zeile ${t.number(p.line)} kein gültiges CSV: ${reason('invalid_csv', p.reason)}`,
    invalid_csv_header: (p) => `hat die Kopfzeile ${q(p.found)}; die Vorlage des Portals beginnt mit ${q(p.expected)}`,
    invalid_csv_row: (p, t) =>
      `hat ${t.plural(p.found, { one: '# Zelle', other: '# Zellen' })}; die Vorlage hat ${t.plural(p.expected, { one: '# Spalte', other: '# Spalten' })}`,
    too_many_rows: (p, t) =>
      `hat ${t.plural(p.rows, { one: '# Zeile', other: '# Zeilen' })}; das Portal importiert höchstens ${t.number(p.limit)} pro Datei, teilen Sie sie auf`,
    import_batch_too_large: (p, t) =>
      `enthält ${t.plural(p.items, { one: '# Indikator', other: '# Indikatoren' })}; die Import-API nimmt höchstens ${t.number(p.limit)} pro Aufruf an (MaximumBatchSizeExceeded)`,
    legacy_action_in_csv: (p) =>
      `${p.action} wird vom CSV-Import abgelehnt (mögliche Werte: Allowed, Audit, BlockAndRemediate, Warn, Block)`,
    not_representable_in_csv: (p) => `kann nicht in die CSV-Vorlage geschrieben werden: ${reason('not_representable_in_csv', p.reason)}`,
    active_limit_exceeded: (p, t) =>
      `würde das Limit von ${t.number(p.limit)} aktiven Indikatoren pro Mandant überschreiten (${t.number(p.active)} aktiv + ${t.number(p.adding)} neu)`,
    service_rejected: (p) => `der Dienst hat mit ${p.serviceCode} geantwortet: ${p.message}`,
    import_item_failed: (p) => `der Import ist für dieses Element fehlgeschlagen: ${p.reason}`,
    legacy_action: (p) => `${p.action} ist seit Januar 2022 eine Legacyaktion; verwenden Sie ${p.replacement} mit generateAlert: true`,
    https_enforced_only_in_edge: () =>
      'HTTPS-URL-Pfade werden nur in Microsoft Edge erzwungen; andere Browser vergleichen nur die Domäne',
    url_without_scheme: () => 'hat kein Schema http:// oder https://; die Dokumentation zeigt nur URLs mit Schema',
    expiration_in_past: (p) => `liegt bereits in der Vergangenheit (jetzt ist ${p.now}); der Indikator würde sofort gelöscht`,
    fraction_truncated: () => 'hat mehr als 7 Nachkommastellen; der Dienst behält 100 ns, der Rest wird abgeschnitten',
    rbac_group_names_as_string: () =>
      'wurde als durch Kommas getrennte Zeichenfolge angegeben; sie wurde in ein Array aufgeteilt, wie es der Dienst erwartet',
    duplicate_value: (p) => `enthält ${q(p.value)} mehrmals`,
    application_only_on_create: () => 'wird nur beim Erstellen des Indikators angewendet, nie bei einer Aktualisierung',
    techniques_without_category: () => 'sind ohne Kategorie angegeben; die Dokumentation empfiehlt eine',
    unknown_category: () => 'ist keine der bekannten Kategorien des Portals',
    cidr_host_bits_set: (p) => `hat gesetzte Hostbits; der Block ist ${p.network}`,
    hidden_character: (p) =>
      `enthält ${p.codePoint}, ein unsichtbares Steuer- oder Formatierungszeichen: das Portal zeigt den Text wie angegeben, wodurch verborgen oder umgeordnet werden kann, was ein Analyst liest`,
    undocumented_field: (p) => `${q(p.field)} ist nicht dokumentiert; es wird unverändert weitergegeben, da nicht dokumentierte Felder zulässig sind`,
    well_known_target: (p) => {
      const names = { search_engine: 'Suchmaschine', microsoft: 'Microsoft-Dienst', platform_vendor: 'Plattformanbieter', threat_intelligence: 'Threat-Intelligence-Dienst', security_reference: 'Sicherheitsreferenz', code_hosting: 'Code-Hosting', social_network: 'soziales Netzwerk', url_shortener: 'URL-Kürzer', reference: 'Referenzseite', public_dns: 'öffentlicher DNS-Resolver' };
      const cat = (token) => names[token] ?? token;
      return `nennt ${p.listed}, einen bekannten Dienst oder eine bekannte Referenz (${cat(p.category)}): Blockieren oder Warnen trifft alle, die ihn nutzen; prüfen Sie, ob dies der gemeinte Indikator ist`;
    },
    duplicate_indicator: (p, t) =>
      `wiederholt Typ und Wert von Element ${t.number(p.firstIndex)}; der Dienst würde stattdessen diesen Indikator aktualisieren`,
    // ---- the client's own codes (mde-indicator/client) ----
    sign_in_failed: (p) => (p.reason === null
      ? 'createClient wurden weder Anmeldeinformationen noch ein Token übergeben, daher ist kein Aufruf möglich'
      : `es konnte kein Token abgerufen werden: ${p.reason}`),
    unauthorized: (p) =>
      `der Dienst hat das Token abgelehnt (401), auch ein neues: prüfen Sie, ob es für ${p.scope} im richtigen Mandanten und in der richtigen Cloud ausgestellt wurde${p.serviceMessage ? `; der Dienst meldet: ${p.serviceMessage}` : ''}`,
    permission_denied: (p) =>
      'dem Token fehlt die Berechtigung für Indikatoren (403): erteilen Sie der App-Registrierung die WindowsDefenderATP-Anwendungsberechtigung '
      + 'Ti.ReadWrite.All (oder Ti.ReadWrite, die nur die von der App erstellten Indikatoren abdeckt) und die Administratorzustimmung; '
      + `ein angemeldeter Benutzer braucht außerdem eine Defender-Rolle, die Indikatoren verwaltet${p.serviceMessage ? `; der Dienst meldet: ${p.serviceMessage}` : ''}`,
    service_unavailable: (p, t) =>
      `keine verwertbare Antwort nach ${t.plural(p.attempts, { one: '# Versuch', other: '# Versuchen' })} (${p.cause === 'status' ? `letzter Status ${p.status}` : p.reason}); `
      + 'ob der Dienst den letzten Aufruf ausgeführt hat, ist nicht bekannt, und dieselben Indikatoren erneut zu senden ist sicher: der Dienst aktualisiert einen Indikator mit gleichem Typ und Wert',
    unexpected_response: (p) => `der Dienst hat ${p.status} geantwortet, mit ${{
      import_result: `einem unlesbaren Importergebnis (${p.detail})`,
      value_array: 'einem Textkörper ohne „value“-Array',
      error_body: 'leerem Textkörper',
      service_error: p.detail,
      status: `einem unerwarteten Status für ${p.detail}`,
    }[p.expected]}`,
    aborted: () => 'vom Aufrufer (seinem AbortSignal) abgebrochen, bevor dies erledigt war',
    not_owned: (p) =>
      `der Mandant hat diesen Indikator bereits (ID ${p.id}), und er gehört nicht dem Besitzer ${q(p.owner)} (seine externalId ist ${p.externalId === null ? 'leer' : q(p.externalId)}), daher lässt sync ihn unverändert`,
    sync_needs_external_id: (p) =>
      `sync erkennt seine eigenen Indikatoren an ihrer externalId, einem Feld, das Profil ${p.profile} nicht hat; verwenden Sie ein Profil mit externalId (current)`,
    deletions_skipped: (p, t) =>
      `es wurde nichts gelöscht, weil ${t.plural(p.invalid, { one: '# Element ungültig ist', other: '# Elemente ungültig sind' })}: ein ungültiges Element kann für einen Indikator stehen, der bleiben muss`,
  };
  const words = {
    invalidIndicator: 'ungültiger Indikator',
    invalidCsv: 'die CSV-Vorlage kann nicht geschrieben werden',
    more: (n) => `und ${n} weitere`,
  };
  (globalThis[Symbol.for('mde-indicator.locales')] ??= new Map()).set('de', { tag: 'de', messages, words });
})();
