// mde-indicator/locales/nl: every issue code's message in Dutch, in the words of Microsoft's
// Dutch documentation of the API (indicator, actie, verlooptijd, ernst, tenant, RBAC-groepen).
// Field names and enum values stay as the API spells them.
// No import or export: this one file is the ES module and the CommonJS module, and it registers
// itself in the package's locale registry when loaded (see README, "Messages in other languages").
(function register() {
  'use strict';
  const q = (text) => `‘${text}’`;
  const reasons = {
    contains_space: 'bevat spaties',
    wildcard: {
      invalid_ip: 'jokertekens worden niet ondersteund',
      invalid_domain: 'jokertekens worden niet ondersteund; een domein omvat al al zijn subdomeinen',
      invalid_url: 'jokertekens worden niet ondersteund; een URL omvat al alles onder zijn pad',
    },
    range: 'bereiken worden niet ondersteund; geef één adres',
    zone_id: 'zone-id’s (%...) worden niet ondersteund',
    brackets: 'verwijder de haken rond het IPv6-adres',
    port: {
      invalid_ip: 'poorten worden niet ondersteund',
      invalid_domain: 'bevat een poort; geef alleen de hostnaam',
      invalid_url: 'heeft een ongeldige poort',
    },
    not_an_address: 'verwacht een IPv4-adres met punten zoals 8.8.8.8 of een IPv6-adres zoals 2001:4860:4860::8888',
    prefix_out_of_range: 'de CIDR-prefixlengte valt buiten het bereik',
    empty: 'is leeg',
    too_long: 'is langer dan 253 tekens',
    empty_label: 'heeft een leeg label (een punt aan het begin, aan het eind of dubbel)',
    label_too_long: 'heeft een label langer dan 63 tekens',
    label_character: 'labels mogen alleen letters, cijfers en koppeltekens bevatten',
    label_hyphen: 'een label mag niet met een koppelteken beginnen of eindigen',
    single_label: 'moet ten minste twee labels hebben, zoals contoso.com',
    numeric_tld: 'het label op het hoogste niveau mag niet alleen uit cijfers bestaan',
    scheme_or_path: 'bevat een schema of pad; gebruik indicatorType Url voor URL’s',
    backslash: {
      invalid_domain: 'bevat een backslash',
      invalid_url: 'bevat een backslash; gebruik gewone schuine strepen',
    },
    ip_address: 'is een IP-adres; gebruik indicatorType IpAddress',
    unseen_character: 'bevat spaties, besturingstekens of onzichtbare opmaaktekens',
    scheme: 'het schema moet http of https zijn',
    scheme_slashes: 'na het schema moet // volgen',
    scheme_missing: 'moet beginnen met http:// of https://',
    user_info: 'bevat gebruikersgegevens (gebruiker@host); geef alleen de host',
    unclosed_bracket: 'heeft een niet-gesloten IPv6-haak',
    ipv6_literal: 'heeft een ongeldige IPv6-notatie',
    shape: 'verwacht de vorm JJJJ-MM-DDTUU:MM:SSZ',
    year: 'het jaar moet tussen 0001 en 9999 liggen',
    month: 'de maand moet tussen 01 en 12 liggen',
    day: 'de dag moet tussen 01 en 31 liggen',
    no_such_day: 'die dag bestaat niet in die maand',
    hour: 'het uur moet tussen 00 en 23 liggen',
    minute: 'de minuut moet tussen 00 en 59 liggen',
    second: 'de seconde moet tussen 00 en 59 liggen',
    fraction_digits: 'na de decimale punt worden cijfers verwacht',
    offset_missing: 'de tijdverschuiving ontbreekt; voeg Z toe voor UTC',
    offset_shape: 'de verschuiving moet de vorm +UU:MM hebben',
    offset_hour: 'het uur van de verschuiving moet tussen 00 en 23 liggen',
    offset_minute: 'de minuut van de verschuiving moet tussen 00 en 59 liggen',
    out_of_range: 'ligt buiten de jaren 0001-9999 in UTC',
    unclosed_quote: 'een cel tussen aanhalingstekens is niet gesloten',
    text_after_quote: 'tekst na een sluitend aanhalingsteken',
    no_column: 'de sjabloon heeft er geen kolom voor',
    cell_type: 'het JSON-type past niet bij de kolom',
    blank: 'het is leeg of bevat alleen spaties, wat de sjabloon als een ontbrekend veld leest',
    list_item_comma: 'een lijstitem bevat een komma',
    list_item_blank: 'een lijstitem is leeg of heeft spaties eromheen, wat de cel niet kan bewaren',
    list_item_not_string: 'een lijstitem is geen tekenreeks',
    expected_array: 'verwacht een JSON-matrix',
    end_in_array: 'onverwacht einde van de invoer in een matrix',
    expected_comma_or_bracket: 'verwacht ‘,’ of ‘]’',
    trailing_text: 'onverwachte tekst na de JSON-waarde',
    unexpected_character: 'onverwacht teken',
    unexpected_end: 'onverwacht einde van de invoer',
    expected_object: 'verwacht een JSON-object',
    too_deep: 'te diep genest',
    expected_key: 'verwacht een sleutel als tekenreeks',
    expected_colon: 'verwacht ‘:’',
    end_in_object: 'onverwacht einde van de invoer in een object',
    expected_comma_or_brace: 'verwacht ‘,’ of ‘}’',
    invalid_number: 'ongeldig getal',
    unterminated_string: 'niet-afgesloten tekenreeks',
    control_character: 'een besturingsteken in een tekenreeks moet worden geëscaped',
    invalid_escape: 'ongeldige escape in een tekenreeks',
    invalid_unicode_escape: 'ongeldige \\u-escape',
  };
  const expected = {
    object: 'een object',
    string: 'een tekenreeks',
    boolean: 'een booleaanse waarde',
    array: 'een matrix',
    string_array: 'een matrix van tekenreeksen',
    json_value: 'een JSON-waarde',
    error_body: 'een object met een ‘error’-object',
    import_answer: 'een object met een ‘value’-matrix',
    feed: 'een STIX-bundel of een MISP-gebeurtenis',
    stix_input: 'een STIX-bundel, -envelop, -matrix of -object',
    misp_input: 'een MISP-gebeurtenis, een lijst van gebeurtenissen of een REST-antwoord',
  };
  const ranges = {
    this_network: '‘dit netwerk’',
    private: 'privé',
    shared: 'gedeeld (carrier-grade NAT)',
    loopback: 'loopback',
    link_local: 'link-local',
    ietf_protocol: 'IETF-protocol',
    documentation: 'documentatie',
    benchmarking: 'benchmark',
    multicast: 'multicast',
    reserved: 'gereserveerd',
    unspecified: 'niet-gespecificeerd',
    nat64_local: 'lokaal NAT64',
    discard_only: 'discard-only',
    unique_local: 'uniek lokaal (privé)',
    site_local: 'site-local (verouderd)',
  };
  const types = {
    boolean: 'een booleaanse waarde', number: 'een getal', string: 'een tekenreeks', array: 'een matrix', object: 'een object',
    not_json: 'geen JSON', too_deep: 'een waarde die dieper dan 64 niveaus genest is',
  };
  const reason = (code, token) => {
    const text = reasons[token];
    return typeof text === 'object' ? text[code] ?? Object.values(text)[0] : text;
  };
  const received = (name) =>
    types[name] ?? (/^(null|undefined|NaN|-?Infinity)$/.test(name) ? name : /^[A-Z]/.test(name) ? `een ${name}-object` : `een ${name}`);
  const since = (p) => (p ? ` (het is toegevoegd in profiel ${p})` : '');

  const messages = {
    invalid_json: (p, t) => `is geen geldige JSON: ${reason('invalid_json', p.reason)} op regel ${t.number(p.line)}, kolom ${t.number(p.column)}`,
    unreadable_input: (p) => `kon niet als JSON-gegevens worden gelezen: ${p.detail}`,
    duplicate_key: (p) => `heeft de sleutel ${q(p.key)} meer dan eens; de service zou er stilzwijgend maar één bewaren`,
    required: () => 'is vereist',
    invalid_type: (p) => `moet ${expected[p.expected]} zijn, niet ${received(p.received)}`,
    empty_value: () => 'mag niet leeg zijn',
    unrepresentable_string: () => 'bevat een losse UTF-16-surrogaat, die niet getrouw als UTF-8-JSON kan worden verzonden',
    unknown_field: (p) => {
      let text = `${q(p.field)} is geen veld van de indicator-API`;
      if (p.suggestion) {
        text += `; bedoelde u ${q(p.suggestion)}?`;
        if (p.suggestion.toLowerCase() === p.field.toLowerCase()) text += ' (sleutels zijn hoofdlettergevoelig)';
      }
      return text;
    },
    field_not_in_profile: (p) => `${q(p.field)} is geen veld in profiel ${p.profile}${since(p.since)}`,
    invalid_enum: (p, t) => {
      const text = `${q(p.received)} is geen geldige ${p.field}; mogelijke waarden zijn ${t.or(p.allowed)}`;
      return p.suggestion ? `${text} (bedoelde u ${q(p.suggestion)}? waarden zijn hoofdlettergevoelig)` : text;
    },
    enum_not_in_profile: (p) => `${p.field} ${q(p.received)} is niet beschikbaar in profiel ${p.profile}${since(p.since)}`,
    invalid_hash: (p, t) =>
      p.nonHex === null
        ? `moet ${t.number(p.expectedLength)} hexadecimale cijfers hebben voor ${p.indicatorType}, niet ${t.number(p.length)}`
        : `moet hexadecimaal zijn voor ${p.indicatorType}, maar bevat ${t.character(p.nonHex, q)}`,
    invalid_ip: (p) => `is geen geldig IP-adres: ${reason('invalid_ip', p.reason)}`,
    cidr_not_supported: (p) => `CIDR-notatie wordt niet ondersteund in profiel ${p.profile}; geef één adres`,
    ip_not_global: (p) =>
      `is een adres uit een ${ranges[p.range]}-bereik (${p.block}); alleen externe IP-adressen kunnen worden toegevoegd, voor interne IP-adressen kunnen geen indicatoren worden gemaakt`,
    invalid_domain: (p) => `is geen geldige domeinnaam: ${reason('invalid_domain', p.reason)}`,
    idn_not_ascii: () => 'bevat niet-ASCII-letters; verzend de geïnternationaliseerde naam in de ASCII-vorm (punycode, ‘xn--’)',
    onion_service: () => 'is een Tor-onionservice: die is alleen via het Tor-netwerk bereikbaar, dus een indicator ervoor zou nooit overeenkomen; blokkeer Tor zelf als dat het doel is',
    invalid_url: (p) => `is geen geldige URL: ${reason('invalid_url', p.reason)}`,
    invalid_datetime: (p) => `is geen geldige datum en tijd met verschuiving (bijv. 2026-12-31T00:00:00Z): ${reason('invalid_datetime', p.reason)}`,
    invalid_technique: () => 'moet een MITRE ATT&CK-techniek-id zijn, zoals T1059 of T1059.001',
    invalid_category: () => 'moet een portalcategorie in PascalCase zijn, zoals SuspiciousActivity',
    audit_requires_generate_alert: () => 'moet true zijn als de actie Audit is',
    educate_url_not_applicable: (p) =>
      `wordt alleen ondersteund bij de actie Block of Warn op Url-indicatoren, niet bij ${p.action} op ${p.indicatorType}`,
    action_not_allowed_for_type: (p, t) =>
      `de actie ${p.action} is niet beschikbaar voor ${p.indicatorType}-indicatoren; gebruik ${t.or(p.allowed)}`,
    empty_input: () => 'bevat geen indicatoren',
    invalid_utf8: (p, t) => `is geen UTF-8-tekst (ongeldige byte op positie ${t.number(p.offset)})`,
    invalid_csv: (p, t) => `is geen geldige CSV op regel ${t.number(p.line)}: ${reason('invalid_csv', p.reason)}`,
    invalid_csv_header: (p) => `heeft de koptekst ${q(p.found)}; de sjabloon van de portal begint met ${q(p.expected)}`,
    invalid_csv_row: (p, t) =>
      `heeft ${t.plural(p.found, { one: '# cel', other: '# cellen' })}; de sjabloon heeft ${t.plural(p.expected, { one: '# kolom', other: '# kolommen' })}`,
    too_many_rows: (p, t) =>
      `heeft ${t.plural(p.rows, { one: '# rij', other: '# rijen' })}; de portal importeert er maximaal ${t.number(p.limit)} per bestand, splits het bestand`,
    import_batch_too_large: (p, t) =>
      `bevat ${t.plural(p.items, { one: '# indicator', other: '# indicatoren' })}; de import-API accepteert er maximaal ${t.number(p.limit)} per aanroep (MaximumBatchSizeExceeded)`,
    legacy_action_in_csv: (p) =>
      `${p.action} wordt door de CSV-import geweigerd (mogelijke waarden: Allowed, Audit, BlockAndRemediate, Warn, Block)`,
    not_representable_in_csv: (p) => `kan niet in de CSV-sjabloon worden geschreven: ${reason('not_representable_in_csv', p.reason)}`,
    active_limit_exceeded: (p, t) =>
      `zou de limiet van ${t.number(p.limit)} actieve indicatoren per tenant overschrijden (${t.number(p.active)} actief + ${t.number(p.adding)} nieuw)`,
    service_rejected: (p) => `de service antwoordde ${p.serviceCode}: ${p.message}`,
    import_item_failed: (p) => `het importeren van dit item is mislukt: ${p.reason}`,
    legacy_action: (p) => `${p.action} is sinds januari 2022 een verouderde actie; gebruik ${p.replacement} met generateAlert: true`,
    https_enforced_only_in_edge: () =>
      'HTTPS-URL-paden worden alleen in Microsoft Edge afgedwongen; andere browsers vergelijken alleen het domein',
    url_without_scheme: () => 'heeft geen schema http:// of https://; de documentatie toont alleen URL’s met een schema',
    expiration_in_past: (p) => `ligt al in het verleden (nu is het ${p.now}); de indicator zou meteen worden verwijderd`,
    fraction_truncated: () => 'heeft meer dan 7 decimalen; de service bewaart 100 ns, de rest wordt afgekapt',
    rbac_group_names_as_string: () =>
      'is opgegeven als door komma’s gescheiden tekenreeks; deze is gesplitst in een matrix, wat de service verwacht',
    duplicate_value: (p) => `bevat ${q(p.value)} meer dan eens`,
    application_only_on_create: () => 'wordt alleen toegepast wanneer de indicator wordt gemaakt, nooit bij een update',
    techniques_without_category: () => 'zijn opgegeven zonder categorie; de documentatie raadt er een aan',
    unknown_category: () => 'is geen van de bekende categorieën van de portal',
    cidr_host_bits_set: (p) => `heeft hostbits ingesteld; het blok is ${p.network}`,
    hidden_character: (p) =>
      `bevat ${p.codePoint}, een onzichtbaar besturings- of opmaakteken: de portal toont de tekst zoals opgegeven, waardoor het kan verbergen of herschikken wat een analist leest`,
    undocumented_field: (p) => `${q(p.field)} is niet gedocumenteerd; het wordt ongewijzigd doorgegeven omdat niet-gedocumenteerde velden zijn toegestaan`,
    well_known_target: (p) => {
      const names = { search_engine: 'zoekmachine', microsoft: 'Microsoft-service', platform_vendor: 'platformleverancier', threat_intelligence: 'threat-intelligence-service', security_reference: 'beveiligingsbron', code_hosting: 'codehostingservice', social_network: 'sociaal netwerk', url_shortener: 'URL-verkorter', reference: 'naslagsite', public_dns: 'openbare DNS-resolver' };
      const cat = (token) => names[token] ?? token;
      return `noemt ${p.listed}, een bekende service of bron (${cat(p.category)}): blokkeren of waarschuwen raakt iedereen die haar gebruikt; controleer of dit de bedoelde indicator is`;
    },
    duplicate_indicator: (p, t) =>
      `herhaalt het type en de waarde van item ${t.number(p.firstIndex)}; de service zou in plaats daarvan die indicator bijwerken`,
    // ---- the client's own codes (mde-indicator/client) ----
    sign_in_failed: (p) => (p.reason === null
      ? 'er is geen referentie of token aan createClient gegeven, dus er kan geen aanroep worden gedaan'
      : `kon geen token krijgen: ${p.reason}`),
    unauthorized: (p) =>
      `de service weigerde het token (401), ook een nieuw token: controleer of het is uitgegeven voor ${p.scope} in de juiste tenant en cloud${p.serviceMessage ? `; de service zegt: ${p.serviceMessage}` : ''}`,
    permission_denied: (p) =>
      'het token heeft geen machtiging voor indicatoren (403): geef de app-registratie de WindowsDefenderATP-toepassingsmachtiging '
      + 'Ti.ReadWrite.All (of Ti.ReadWrite, die alleen de indicatoren dekt die de app heeft gemaakt) en verleen beheerderstoestemming; '
      + `een aangemelde gebruiker heeft ook een Defender-rol nodig die indicatoren beheert${p.serviceMessage ? `; de service zegt: ${p.serviceMessage}` : ''}`,
    service_unavailable: (p, t) =>
      `geen bruikbaar antwoord na ${t.plural(p.attempts, { one: '# poging', other: '# pogingen' })} (${p.cause === 'status' ? `laatste status ${p.status}` : p.reason}); `
      + 'of de service de laatste aanroep heeft uitgevoerd, is niet bekend, en dezelfde indicatoren opnieuw verzenden is veilig: de service werkt een indicator met hetzelfde type en dezelfde waarde bij',
    unexpected_response: (p) => `de service antwoordde ${p.status} met ${{
      import_result: `een onleesbaar importresultaat (${p.detail})`,
      value_array: 'een body zonder ‘value’-matrix',
      error_body: 'geen body',
      service_error: p.detail,
      status: `een onverwachte status voor ${p.detail}`,
    }[p.expected]}`,
    aborted: () => 'gestopt door de aanroeper (zijn AbortSignal) voordat dit klaar was',
    not_owned: (p) =>
      `de tenant heeft deze indicator al (id ${p.id}) en die hoort niet bij eigenaar ${q(p.owner)} (de externalId is ${p.externalId === null ? 'leeg' : q(p.externalId)}), dus sync laat hem met rust`,
    sync_needs_external_id: (p) =>
      `sync herkent de indicatoren die het bezit aan hun externalId, een veld dat profiel ${p.profile} niet heeft; gebruik een profiel met externalId (current)`,
    deletions_skipped: (p, t) =>
      `er is niets verwijderd omdat ${t.plural(p.invalid, { one: '# item ongeldig is', other: '# items ongeldig zijn' })}: een ongeldig item kan staan voor een indicator die moet blijven`,
  };
  const words = {
    invalidIndicator: 'ongeldige indicator',
    invalidCsv: 'kan de CSV-sjabloon niet schrijven',
    more: (n) => `en nog ${n}`,
  };
  (globalThis[Symbol.for('mde-indicator.locales')] ??= new Map()).set('nl', { tag: 'nl', messages, words });
})();
