// mde-indicator/locales/fr: every issue code's message in French, in the words of Microsoft's
// French documentation of the API (indicateur, action, heure d'expiration, gravité, locataire,
// groupes RBAC). Field names and enum values stay as the API spells them.
// No import or export: this one file is the ES module and the CommonJS module, and it registers
// itself in the package's locale registry when loaded (see README, "Messages in other languages").
(function register() {
  'use strict';
  const q = (text) => `«\u00A0${text}\u00A0»`;
  const reasons = {
    contains_space: 'contient des espaces',
    wildcard: {
      invalid_ip: 'les caractères génériques ne sont pas pris en charge',
      invalid_domain: 'les caractères génériques ne sont pas pris en charge ; un domaine couvre déjà tous ses sous-domaines',
      invalid_url: 'les caractères génériques ne sont pas pris en charge ; une URL couvre déjà tout ce qui se trouve sous son chemin',
    },
    range: 'les plages ne sont pas prises en charge ; indiquez une seule adresse',
    zone_id: 'les identificateurs de zone (%...) ne sont pas pris en charge',
    brackets: 'retirez les crochets autour de l’adresse IPv6',
    port: {
      invalid_ip: 'les ports ne sont pas pris en charge',
      invalid_domain: 'contient un port ; indiquez uniquement le nom d’hôte',
      invalid_url: 'a un port non valide',
    },
    not_an_address: 'attendu : une adresse IPv4 en notation décimale pointée comme 8.8.8.8 ou une adresse IPv6 comme 2001:4860:4860::8888',
    prefix_out_of_range: 'la longueur du préfixe CIDR est hors limites',
    empty: 'est vide',
    too_long: 'dépasse 253 caractères',
    empty_label: 'a une étiquette vide (point au début, à la fin ou doublé)',
    label_too_long: 'a une étiquette de plus de 63 caractères',
    label_character: 'les étiquettes ne peuvent contenir que des lettres, des chiffres et des traits d’union',
    label_hyphen: 'une étiquette ne doit pas commencer ni finir par un trait d’union',
    single_label: 'doit avoir au moins deux étiquettes, comme contoso.com',
    numeric_tld: 'l’étiquette de premier niveau ne doit pas être composée uniquement de chiffres',
    scheme_or_path: 'contient un schéma ou un chemin ; utilisez indicatorType Url pour les URL',
    backslash: {
      invalid_domain: 'contient une barre oblique inverse',
      invalid_url: 'contient une barre oblique inverse ; utilisez des barres obliques',
    },
    ip_address: 'est une adresse IP ; utilisez indicatorType IpAddress',
    unseen_character: 'contient des espaces, des caractères de contrôle ou des caractères de mise en forme invisibles',
    scheme: 'le schéma doit être http ou https',
    scheme_slashes: 'le schéma doit être suivi de //',
    scheme_missing: 'doit commencer par http:// ou https://',
    user_info: 'contient des informations d’utilisateur (utilisateur@hôte) ; indiquez uniquement l’hôte',
    unclosed_bracket: 'a un crochet IPv6 non fermé',
    ipv6_literal: 'a un littéral IPv6 non valide',
    shape: 'forme attendue : AAAA-MM-JJTHH:MM:SSZ',
    year: 'l’année doit être comprise entre 0001 et 9999',
    month: 'le mois doit être compris entre 01 et 12',
    day: 'le jour doit être compris entre 01 et 31',
    no_such_day: 'ce jour n’existe pas dans ce mois',
    hour: 'l’heure doit être comprise entre 00 et 23',
    minute: 'la minute doit être comprise entre 00 et 59',
    second: 'la seconde doit être comprise entre 00 et 59',
    fraction_digits: 'des chiffres sont attendus après la virgule décimale',
    offset_missing: 'le décalage horaire manque ; ajoutez Z pour UTC',
    offset_shape: 'le décalage doit avoir la forme +HH:MM',
    offset_hour: 'l’heure du décalage doit être comprise entre 00 et 23',
    offset_minute: 'la minute du décalage doit être comprise entre 00 et 59',
    out_of_range: 'est en dehors des années 0001 à 9999 en UTC',
    unclosed_quote: 'une cellule entre guillemets n’est pas fermée',
    text_after_quote: 'du texte suit un guillemet fermant',
    no_column: 'le modèle n’a pas de colonne pour ce champ',
    cell_type: 'son type JSON ne correspond pas à la colonne',
    blank: 'il est vide ou blanc, ce que le modèle lit comme un champ absent',
    list_item_comma: 'un élément de la liste contient une virgule',
    list_item_blank: 'un élément de la liste est vide ou entouré d’espaces, ce que la cellule ne peut pas conserver',
    list_item_not_string: 'un élément de la liste n’est pas une chaîne',
    expected_array: 'un tableau JSON est attendu',
    end_in_array: 'fin inattendue de l’entrée dans un tableau',
    expected_comma_or_bracket: '« , » ou « ] » attendu',
    trailing_text: 'texte inattendu après la valeur JSON',
    unexpected_character: 'caractère inattendu',
    unexpected_end: 'fin inattendue de l’entrée',
    expected_object: 'un objet JSON est attendu',
    too_deep: 'imbrication trop profonde',
    expected_key: 'une clé de type chaîne est attendue',
    expected_colon: '« : » attendu',
    end_in_object: 'fin inattendue de l’entrée dans un objet',
    expected_comma_or_brace: '« , » ou « } » attendu',
    invalid_number: 'nombre non valide',
    unterminated_string: 'chaîne non terminée',
    control_character: 'un caractère de contrôle dans une chaîne doit être échappé',
    invalid_escape: 'séquence d’échappement non valide dans une chaîne',
    invalid_unicode_escape: 'séquence d’échappement \\u non valide',
  };
  const expected = {
    object: 'un objet',
    string: 'une chaîne',
    boolean: 'un booléen',
    array: 'un tableau',
    string_array: 'un tableau de chaînes',
    json_value: 'une valeur JSON',
    error_body: 'un objet avec un objet « error »',
    import_answer: 'un objet avec un tableau « value »',
    feed: 'un bundle STIX ou un événement MISP',
    stix_input: 'un bundle, une enveloppe, un tableau ou un objet STIX',
    misp_input: 'un événement MISP, une liste d’événements ou une réponse REST',
  };
  const ranges = {
    this_network: 'de « ce réseau »',
    private: 'privée',
    shared: 'partagée (NAT de niveau opérateur)',
    loopback: 'de bouclage',
    link_local: 'de liaison locale',
    ietf_protocol: 'réservée aux protocoles de l’IETF',
    documentation: 'de documentation',
    benchmarking: 'de test de performances',
    multicast: 'de multidiffusion',
    reserved: 'réservée',
    unspecified: 'non spécifiée',
    nat64_local: 'NAT64 à usage local',
    discard_only: 'de rejet',
    unique_local: 'locale unique (privée)',
    site_local: 'de site local (obsolète)',
  };
  const types = {
    boolean: 'un booléen', number: 'un nombre', string: 'une chaîne', array: 'un tableau', object: 'un objet',
    not_json: 'pas du JSON', too_deep: 'une valeur imbriquée sur plus de 64 niveaux',
  };
  const reason = (code, token) => {
    const text = reasons[token];
    return typeof text === 'object' ? text[code] ?? Object.values(text)[0] : text;
  };
  const received = (name) =>
    types[name] ?? (/^(null|undefined|NaN|-?Infinity)$/.test(name) ? name : /^[A-Z]/.test(name) ? `un objet ${name}` : `un ${name}`);
  const since = (p) => (p ? ` (il a été ajouté dans le profil ${p})` : '');

  const messages = {
    invalid_json: (p, t) => `n’est pas du JSON valide : ${reason('invalid_json', p.reason)} à la ligne ${t.number(p.line)}, colonne ${t.number(p.column)}`,
    unreadable_input: (p) => `n’a pas pu être lu comme des données JSON : ${p.detail}`,
    duplicate_key: (p) => `contient la clé ${q(p.key)} plusieurs fois ; le service n’en conserverait qu’une, sans le signaler`,
    required: () => 'est obligatoire',
    invalid_type: (p) => `doit être ${expected[p.expected]}, et non ${received(p.received)}`,
    empty_value: () => 'ne doit pas être vide',
    unrepresentable_string: () => 'contient un demi-codet UTF-16 isolé, qui ne peut pas être envoyé fidèlement en JSON UTF-8',
    unknown_field: (p) => {
      let text = `${q(p.field)} n’est pas un champ de l’API des indicateurs`;
      if (p.suggestion) {
        text += ` ; vouliez-vous dire ${q(p.suggestion)} ?`;
        if (p.suggestion.toLowerCase() === p.field.toLowerCase()) text += ' (les clés respectent la casse)';
      }
      return text;
    },
    field_not_in_profile: (p) => `${q(p.field)} n’est pas un champ du profil ${p.profile}${since(p.since)}`,
    invalid_enum: (p, t) => {
      const text = `${q(p.received)} n’est pas une valeur valide de ${p.field} ; valeurs possibles : ${t.or(p.allowed)}`;
      return p.suggestion ? `${text} (vouliez-vous dire ${q(p.suggestion)} ? les valeurs respectent la casse)` : text;
    },
    enum_not_in_profile: (p) => `${p.field} ${q(p.received)} n’est pas disponible dans le profil ${p.profile}${since(p.since)}`,
    invalid_hash: (p, t) =>
      p.nonHex === null
        ? `doit compter ${t.number(p.expectedLength)} chiffres hexadécimaux pour ${p.indicatorType}, et non ${t.number(p.length)}`
        : `doit être hexadécimal pour ${p.indicatorType}, mais contient ${t.character(p.nonHex, q)}`,
    invalid_ip: (p) => `n’est pas une adresse IP valide : ${reason('invalid_ip', p.reason)}`,
    cidr_not_supported: (p) => `la notation CIDR n’est pas prise en charge dans le profil ${p.profile} ; indiquez une seule adresse`,
    ip_not_global: (p) =>
      `est une adresse ${ranges[p.range]} (${p.block}) ; seules les adresses IP externes peuvent être ajoutées, aucun indicateur ne peut être créé pour des adresses IP internes`,
    invalid_domain: (p) => `n’est pas un nom de domaine valide : ${reason('invalid_domain', p.reason)}`,
    idn_not_ascii: () => 'contient des lettres non ASCII ; envoyez le nom internationalisé sous sa forme ASCII (punycode, « xn-- »)',
    onion_service: () => 'est un service onion Tor : il n’est joignable que par le réseau Tor, donc un indicateur pour lui ne correspondrait jamais ; bloquez Tor lui-même si c’est le but',
    invalid_url: (p) => `n’est pas une URL valide : ${reason('invalid_url', p.reason)}`,
    invalid_datetime: (p) => `n’est pas une date et heure valide avec décalage (par ex. 2026-12-31T00:00:00Z) : ${reason('invalid_datetime', p.reason)}`,
    invalid_technique: () => 'doit être un ID de technique MITRE ATT&CK, comme T1059 ou T1059.001',
    invalid_category: () => 'doit être une catégorie du portail en PascalCase, comme SuspiciousActivity',
    audit_requires_generate_alert: () => 'doit être true lorsque l’action est Audit',
    educate_url_not_applicable: (p) =>
      `n’est pris en charge qu’avec l’action Block ou Warn sur les indicateurs Url, et non ${p.action} sur ${p.indicatorType}`,
    action_not_allowed_for_type: (p, t) =>
      `l’action ${p.action} n’est pas disponible pour les indicateurs ${p.indicatorType} ; utilisez ${t.or(p.allowed)}`,
    empty_input: () => 'ne contient aucun indicateur',
    invalid_utf8: (p, t) => `n’est pas du texte UTF-8 (octet incorrect à la position ${t.number(p.offset)})`,
    invalid_csv: (p, t) => `n’est pas du CSV valide à la ligne ${t.number(p.line)} : ${reason('invalid_csv', p.reason)}`,
    invalid_csv_header: (p) => `a l’en-tête ${q(p.found)} ; le modèle du portail commence par ${q(p.expected)}`,
    invalid_csv_row: (p, t) =>
      `${t.plural(p.found, { one: 'a # cellule', other: 'a # cellules' })} ; le modèle ${t.plural(p.expected, { one: 'a # colonne', other: 'a # colonnes' })}`,
    too_many_rows: (p, t) =>
      `${t.plural(p.rows, { one: 'a # ligne', other: 'a # lignes' })} ; le portail en importe au plus ${t.number(p.limit)} par fichier, divisez-le`,
    import_batch_too_large: (p, t) =>
      `${t.plural(p.items, { one: 'contient # indicateur', other: 'contient # indicateurs' })} ; l’API d’importation en accepte au plus ${t.number(p.limit)} par appel (MaximumBatchSizeExceeded)`,
    legacy_action_in_csv: (p) =>
      `${p.action} est refusé par l’importation CSV (valeurs possibles : Allowed, Audit, BlockAndRemediate, Warn, Block)`,
    not_representable_in_csv: (p) => `ne peut pas être écrit dans le modèle CSV : ${reason('not_representable_in_csv', p.reason)}`,
    active_limit_exceeded: (p, t) =>
      `dépasserait la limite de ${t.number(p.limit)} indicateurs actifs par locataire (${t.number(p.active)} actifs + ${t.number(p.adding)} nouveaux)`,
    service_rejected: (p) => `le service a répondu ${p.serviceCode} : ${p.message}`,
    import_item_failed: (p) => `l’importation a échoué pour cet élément : ${p.reason}`,
    legacy_action: (p) => `${p.action} est une action héritée depuis janvier 2022 ; utilisez ${p.replacement} avec generateAlert: true`,
    https_enforced_only_in_edge: () =>
      'les chemins d’URL HTTPS ne sont appliqués que dans Microsoft Edge ; les autres navigateurs ne comparent que le domaine',
    url_without_scheme: () => 'n’a pas de schéma http:// ou https:// ; la documentation ne montre que des URL qui en ont un',
    expiration_in_past: (p) => `est déjà dans le passé (il est ${p.now}) ; l’indicateur serait supprimé immédiatement`,
    fraction_truncated: () => 'a plus de 7 chiffres après la virgule ; le service conserve 100 ns, le reste est tronqué',
    rbac_group_names_as_string: () =>
      'a été donné sous forme de chaîne séparée par des virgules ; il a été divisé en tableau, ce qu’attend le service',
    duplicate_value: (p) => `contient ${q(p.value)} plusieurs fois`,
    application_only_on_create: () => 'n’est appliqué qu’à la création de l’indicateur, jamais lors d’une mise à jour',
    techniques_without_category: () => 'sont indiquées sans catégorie ; la documentation en recommande une',
    unknown_category: () => 'n’est pas l’une des catégories connues du portail',
    cidr_host_bits_set: (p) => `a des bits d’hôte définis ; le bloc est ${p.network}`,
    hidden_character: (p) =>
      `contient ${p.codePoint}, un caractère de contrôle ou de mise en forme invisible : le portail affiche le texte tel quel, ce qui peut masquer ou réordonner ce que lit un analyste`,
    undocumented_field: (p) => `${q(p.field)} n’est pas documenté ; il est transmis tel quel, car les champs non documentés sont autorisés`,
    well_known_target: (p) => {
      const names = { search_engine: 'moteur de recherche', microsoft: 'service Microsoft', platform_vendor: 'éditeur de plateforme', threat_intelligence: 'service de renseignement sur les menaces', security_reference: 'référence de sécurité', code_hosting: 'hébergement de code', social_network: 'réseau social', url_shortener: 'raccourcisseur d’URL', reference: 'site de référence', public_dns: 'résolveur DNS public' };
      const cat = (token) => names[token] ?? token;
      return `désigne ${p.listed}, un service ou une référence connus (${cat(p.category)}) : le bloquer ou alerter dessus touche tous ceux qui l’utilisent ; vérifiez que c’est bien l’indicateur voulu`;
    },
    duplicate_indicator: (p, t) =>
      `répète le type et la valeur de l’élément ${t.number(p.firstIndex)} ; le service mettrait à jour cet indicateur à la place`,
    // ---- the client's own codes (mde-indicator/client) ----
    sign_in_failed: (p) => (p.reason === null
      ? 'aucune information d’identification ni aucun jeton n’a été fourni à createClient ; aucun appel n’est possible'
      : `impossible d’obtenir un jeton : ${p.reason}`),
    unauthorized: (p) =>
      `le service a refusé le jeton (401), même un nouveau : vérifiez qu’il a été émis pour ${p.scope} dans le bon locataire et le bon cloud${p.serviceMessage ? ` ; le service indique : ${p.serviceMessage}` : ''}`,
    permission_denied: (p) =>
      'le jeton n’a pas l’autorisation pour les indicateurs (403) : accordez à l’inscription d’application l’autorisation d’application WindowsDefenderATP '
      + 'Ti.ReadWrite.All (ou Ti.ReadWrite, qui ne couvre que les indicateurs créés par l’application) et donnez le consentement administrateur ; '
      + `un utilisateur connecté a aussi besoin d’un rôle Defender qui gère les indicateurs${p.serviceMessage ? ` ; le service indique : ${p.serviceMessage}` : ''}`,
    service_unavailable: (p, t) =>
      `aucune réponse exploitable après ${t.plural(p.attempts, { one: '# tentative', other: '# tentatives' })} (${p.cause === 'status' ? `dernier statut ${p.status}` : p.reason}) ; `
      + 'on ne sait pas si le service a appliqué le dernier appel, et renvoyer les mêmes indicateurs est sans risque : le service met à jour un indicateur de même type et de même valeur',
    unexpected_response: (p) => `le service a répondu ${p.status} avec ${{
      import_result: `un résultat d’importation illisible (${p.detail})`,
      value_array: 'un corps sans tableau « value »',
      error_body: 'un corps vide',
      service_error: p.detail,
      status: `un statut inattendu pour ${p.detail}`,
    }[p.expected]}`,
    aborted: () => 'arrêté par l’appelant (son AbortSignal) avant la fin',
    not_owned: (p) =>
      `le locataire a déjà cet indicateur (id ${p.id}) et il n’appartient pas au propriétaire ${q(p.owner)} (son externalId est ${p.externalId === null ? 'vide' : q(p.externalId)}) ; sync n’y touche pas`,
    sync_needs_external_id: (p) =>
      `sync reconnaît les indicateurs qui lui appartiennent à leur externalId, un champ que le profil ${p.profile} n’a pas ; utilisez un profil avec externalId (current)`,
    deletions_skipped: (p, t) =>
      `rien n’a été supprimé, car ${t.plural(p.invalid, { one: '# élément n’est pas valide', other: '# éléments ne sont pas valides' })} : un élément non valide peut représenter un indicateur qui doit rester`,
  };
  const words = {
    invalidIndicator: 'indicateur non valide',
    invalidCsv: 'impossible d’écrire le modèle CSV',
    more: (n) => `et ${n} de plus`,
  };
  (globalThis[Symbol.for('mde-indicator.locales')] ??= new Map()).set('fr', { tag: 'fr', messages, words });
})();
