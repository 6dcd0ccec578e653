// mde-indicator/locales/es: every issue code's message in Spanish, in the words of Microsoft's
// Spanish documentation of Defender (indicador, acción, hora de expiración, gravedad, inquilino,
// grupos RBAC, alerta). Field names and enum values stay as the API spells them.
// No import or export: this one file is the ES module and the CommonJS module, and it registers
// itself in the package's locale registry when loaded (see README, "Messages in other languages").
(function register() {
  'use strict';
  const q = (text) => `«${text}»`;
  const reasons = {
    contains_space: 'contiene espacios',
    wildcard: {
      invalid_ip: 'no se admiten caracteres comodín',
      invalid_domain: 'no se admiten caracteres comodín; un dominio ya abarca todos sus subdominios',
      invalid_url: 'no se admiten caracteres comodín; una URL ya abarca todo lo que hay bajo su ruta',
    },
    range: 'no se admiten intervalos; indique una sola dirección',
    zone_id: 'no se admiten identificadores de zona (%...)',
    brackets: 'quite los corchetes alrededor de la dirección IPv6',
    port: {
      invalid_ip: 'no se admiten puertos',
      invalid_domain: 'tiene un puerto; indique solo el nombre de host',
      invalid_url: 'tiene un puerto no válido',
    },
    not_an_address: 'se esperaba una dirección IPv4 en notación decimal con puntos como 8.8.8.8 o una dirección IPv6 como 2001:4860:4860::8888',
    prefix_out_of_range: 'la longitud del prefijo CIDR está fuera del intervalo',
    empty: 'está vacío',
    too_long: 'tiene más de 253 caracteres',
    empty_label: 'tiene una etiqueta vacía (un punto al principio, al final o doble)',
    label_too_long: 'tiene una etiqueta de más de 63 caracteres',
    label_character: 'las etiquetas solo pueden contener letras, dígitos y guiones',
    label_hyphen: 'una etiqueta no debe empezar ni terminar con un guion',
    single_label: 'debe tener al menos dos etiquetas, como contoso.com',
    numeric_tld: 'la etiqueta de nivel superior no debe estar formada solo por dígitos',
    scheme_or_path: 'tiene un esquema o una ruta; use indicatorType Url para las URL',
    backslash: {
      invalid_domain: 'contiene una barra diagonal inversa',
      invalid_url: 'contiene una barra diagonal inversa; use barras diagonales',
    },
    ip_address: 'es una dirección IP; use indicatorType IpAddress',
    unseen_character: 'contiene espacios, caracteres de control o caracteres de formato invisibles',
    scheme: 'el esquema debe ser http o https',
    scheme_slashes: 'el esquema debe ir seguido de //',
    scheme_missing: 'debe empezar por http:// o https://',
    user_info: 'tiene información de usuario (usuario@host); indique solo el host',
    unclosed_bracket: 'tiene un corchete IPv6 sin cerrar',
    ipv6_literal: 'tiene un literal IPv6 no válido',
    shape: 'se esperaba la forma AAAA-MM-DDTHH:MM:SSZ',
    year: 'el año debe estar entre 0001 y 9999',
    month: 'el mes debe estar entre 01 y 12',
    day: 'el día debe estar entre 01 y 31',
    no_such_day: 'ese día no existe en ese mes',
    hour: 'la hora debe estar entre 00 y 23',
    minute: 'el minuto debe estar entre 00 y 59',
    second: 'el segundo debe estar entre 00 y 59',
    fraction_digits: 'se esperaban dígitos después del punto decimal',
    offset_missing: 'falta la diferencia horaria; agregue Z para UTC',
    offset_shape: 'la diferencia debe tener la forma +HH:MM',
    offset_hour: 'la hora de la diferencia debe estar entre 00 y 23',
    offset_minute: 'el minuto de la diferencia debe estar entre 00 y 59',
    out_of_range: 'está fuera de los años 0001 a 9999 en UTC',
    unclosed_quote: 'una celda entre comillas no está cerrada',
    text_after_quote: 'texto después de una comilla de cierre',
    no_column: 'la plantilla no tiene ninguna columna para ello',
    cell_type: 'su tipo JSON no encaja en la columna',
    blank: 'está vacío o en blanco, y la plantilla lo lee como un campo ausente',
    list_item_comma: 'un elemento de la lista contiene una coma',
    list_item_blank: 'un elemento de la lista está vacío o tiene espacios alrededor, que la celda no puede conservar',
    list_item_not_string: 'un elemento de la lista no es una cadena',
    expected_array: 'se esperaba una matriz JSON',
    end_in_array: 'fin inesperado de la entrada en una matriz',
    expected_comma_or_bracket: 'se esperaba «,» o «]»',
    trailing_text: 'texto inesperado después del valor JSON',
    unexpected_character: 'carácter inesperado',
    unexpected_end: 'fin inesperado de la entrada',
    expected_object: 'se esperaba un objeto JSON',
    too_deep: 'anidamiento demasiado profundo',
    expected_key: 'se esperaba una clave de tipo cadena',
    expected_colon: 'se esperaba «:»',
    end_in_object: 'fin inesperado de la entrada en un objeto',
    expected_comma_or_brace: 'se esperaba «,» o «}»',
    invalid_number: 'número no válido',
    unterminated_string: 'cadena sin terminar',
    control_character: 'un carácter de control en una cadena debe escaparse',
    invalid_escape: 'secuencia de escape no válida en una cadena',
    invalid_unicode_escape: 'secuencia de escape \\u no válida',
  };
  const expected = {
    object: 'un objeto',
    string: 'una cadena',
    boolean: 'un valor booleano',
    array: 'una matriz',
    string_array: 'una matriz de cadenas',
    json_value: 'un valor JSON',
    error_body: 'un objeto con un objeto «error»',
    import_answer: 'un objeto con una matriz «value»',
    feed: 'un paquete STIX o un evento MISP',
    stix_input: 'un paquete, sobre, matriz u objeto STIX',
    misp_input: 'un evento MISP, una lista de eventos o una respuesta REST',
  };
  const ranges = {
    this_network: 'de «esta red»',
    private: 'privada',
    shared: 'compartida (NAT de nivel de operador)',
    loopback: 'de bucle invertido',
    link_local: 'de vínculo local',
    ietf_protocol: 'de asignación de protocolo del IETF',
    documentation: 'de documentación',
    benchmarking: 'de pruebas de rendimiento',
    multicast: 'de multidifusión',
    reserved: 'reservada',
    unspecified: 'no especificada',
    nat64_local: 'NAT64 de uso local',
    discard_only: 'de solo descarte',
    unique_local: 'local única (privada)',
    site_local: 'de sitio local (en desuso)',
  };
  const types = {
    boolean: 'un valor booleano', number: 'un número', string: 'una cadena', array: 'una matriz', object: 'un objeto',
    not_json: 'algo que no es JSON', too_deep: 'un valor anidado en más de 64 niveles',
  };
  const reason = (code, token) => {
    const text = reasons[token];
    return typeof text === 'object' ? text[code] ?? Object.values(text)[0] : text;
  };
  const received = (name) =>
    types[name] ?? (/^(null|undefined|NaN|-?Infinity)$/.test(name) ? name : /^[A-Z]/.test(name) ? `un objeto ${name}` : `un ${name}`);
  const since = (p) => (p ? ` (se agregó en el perfil ${p})` : '');

  const messages = {
    invalid_json: (p, t) => `no es JSON válido: ${reason('invalid_json', p.reason)} en la línea ${t.number(p.line)}, columna ${t.number(p.column)}`,
    unreadable_input: (p) => `no se pudo leer como datos JSON: ${p.detail}`,
    duplicate_key: (p) => `tiene la clave ${q(p.key)} más de una vez; el servicio solo conservaría una, sin avisar`,
    required: () => 'es obligatorio',
    invalid_type: (p) => `debe ser ${expected[p.expected]}, no ${received(p.received)}`,
    empty_value: () => 'no debe estar vacío',
    unrepresentable_string: () => 'contiene un suplente UTF-16 aislado, que no se puede enviar fielmente como JSON UTF-8',
    unknown_field: (p) => {
      let text = `${q(p.field)} no es un campo de la API de indicadores`;
      if (p.suggestion) {
        text += `; ¿quería decir ${q(p.suggestion)}?`;
        if (p.suggestion.toLowerCase() === p.field.toLowerCase()) text += ' (las claves distinguen mayúsculas y minúsculas)';
      }
      return text;
    },
    field_not_in_profile: (p) => `${q(p.field)} no es un campo del perfil ${p.profile}${since(p.since)}`,
    invalid_enum: (p, t) => {
      const text = `${q(p.received)} no es un valor válido de ${p.field}; los valores posibles son ${t.or(p.allowed)}`;
      return p.suggestion ? `${text} (¿quería decir ${q(p.suggestion)}? los valores distinguen mayúsculas y minúsculas)` : text;
    },
    enum_not_in_profile: (p) => `${p.field} ${q(p.received)} no está disponible en el perfil ${p.profile}${since(p.since)}`,
    invalid_hash: (p, t) =>
      p.nonHex === null
        ? `debe tener ${t.number(p.expectedLength)} dígitos hexadecimales para ${p.indicatorType}, no ${t.number(p.length)}`
        : `debe ser hexadecimal para ${p.indicatorType}, pero contiene ${t.character(p.nonHex, q)}`,
    invalid_ip: (p) => `no es una dirección IP válida: ${reason('invalid_ip', p.reason)}`,
    cidr_not_supported: (p) => `la notación CIDR no se admite en el perfil ${p.profile}; indique una sola dirección`,
    ip_not_global: (p) =>
      `es una dirección ${ranges[p.range]} (${p.block}); solo se pueden agregar IP externas, no se pueden crear indicadores para IP internas`,
    invalid_domain: (p) => `no es un nombre de dominio válido: ${reason('invalid_domain', p.reason)}`,
    idn_not_ascii: () => 'contiene letras no ASCII; envíe el nombre internacionalizado en su forma ASCII (punycode, «xn--»)',
    onion_service: () => 'es un servicio onion de Tor: solo se llega a él por la red Tor, así que un indicador para él nunca coincidiría; bloquee Tor en sí si ese es el objetivo',
    invalid_url: (p) => `no es una URL válida: ${reason('invalid_url', p.reason)}`,
    invalid_datetime: (p) => `no es una fecha y hora válida con diferencia horaria (p. ej., 2026-12-31T00:00:00Z): ${reason('invalid_datetime', p.reason)}`,
    invalid_technique: () => 'debe ser un id. de técnica de MITRE ATT&CK, como T1059 o T1059.001',
    invalid_category: () => 'debe ser una categoría del portal en PascalCase, como SuspiciousActivity',
    audit_requires_generate_alert: () => 'debe ser true cuando la acción es Audit',
    educate_url_not_applicable: (p) =>
      `solo se admite con la acción Block o Warn en indicadores Url, no con ${p.action} en ${p.indicatorType}`,
    action_not_allowed_for_type: (p, t) =>
      `la acción ${p.action} no está disponible para indicadores ${p.indicatorType}; use ${t.or(p.allowed)}`,
    empty_input: () => 'no contiene ningún indicador',
    invalid_utf8: (p, t) => `no es texto UTF-8 (byte incorrecto en la posición ${t.number(p.offset)})`,
    invalid_csv: (p, t) => `no es CSV válido en la línea ${t.number(p.line)}: ${reason('invalid_csv', p.reason)}`,
    invalid_csv_header: (p) => `tiene el encabezado ${q(p.found)}; la plantilla del portal empieza por ${q(p.expected)}`,
    invalid_csv_row: (p, t) =>
      `tiene ${t.plural(p.found, { one: '# celda', other: '# celdas' })}; la plantilla tiene ${t.plural(p.expected, { one: '# columna', other: '# columnas' })}`,
    too_many_rows: (p, t) =>
      `tiene ${t.plural(p.rows, { one: '# fila', other: '# filas' })}; el portal importa como máximo ${t.number(p.limit)} por archivo, divídalo`,
    import_batch_too_large: (p, t) =>
      `contiene ${t.plural(p.items, { one: '# indicador', other: '# indicadores' })}; la API de importación acepta como máximo ${t.number(p.limit)} por llamada (MaximumBatchSizeExceeded)`,
    legacy_action_in_csv: (p) =>
      `la importación CSV rechaza ${p.action} (valores posibles: Allowed, Audit, BlockAndRemediate, Warn, Block)`,
    not_representable_in_csv: (p) => `no se puede escribir en la plantilla CSV: ${reason('not_representable_in_csv', p.reason)}`,
    active_limit_exceeded: (p, t) =>
      `superaría el límite de ${t.number(p.limit)} indicadores activos por inquilino (${t.number(p.active)} activos + ${t.number(p.adding)} nuevos)`,
    service_rejected: (p) => `el servicio respondió ${p.serviceCode}: ${p.message}`,
    import_item_failed: (p) => `la importación de este elemento ha fallado: ${p.reason}`,
    legacy_action: (p) => `${p.action} es una acción heredada desde enero de 2022; use ${p.replacement} con generateAlert: true`,
    https_enforced_only_in_edge: () =>
      'las rutas de URL HTTPS solo se aplican en Microsoft Edge; los demás exploradores solo comparan el dominio',
    url_without_scheme: () => 'no tiene el esquema http:// ni https://; la documentación solo muestra URL con esquema',
    expiration_in_past: (p) => `ya está en el pasado (ahora es ${p.now}); el indicador se eliminaría de inmediato`,
    fraction_truncated: () => 'tiene más de 7 dígitos decimales; el servicio conserva 100 ns y el resto se trunca',
    rbac_group_names_as_string: () =>
      'se indicó como cadena separada por comas; se dividió en una matriz, que es lo que espera el servicio',
    duplicate_value: (p) => `incluye ${q(p.value)} más de una vez`,
    application_only_on_create: () => 'solo se aplica cuando se crea el indicador, nunca al actualizarlo',
    techniques_without_category: () => 'se indican sin categoría; la documentación recomienda una',
    unknown_category: () => 'no es ninguna de las categorías conocidas del portal',
    cidr_host_bits_set: (p) => `tiene bits de host establecidos; el bloque es ${p.network}`,
    hidden_character: (p) =>
      `contiene ${p.codePoint}, un carácter de control o de formato invisible: el portal muestra el texto tal cual, lo que puede ocultar o reordenar lo que lee un analista`,
    undocumented_field: (p) => `${q(p.field)} no está documentado; se transmite tal cual porque se permiten campos no documentados`,
    well_known_target: (p) => {
      const names = { search_engine: 'motor de búsqueda', microsoft: 'servicio de Microsoft', platform_vendor: 'proveedor de plataforma', threat_intelligence: 'servicio de inteligencia sobre amenazas', security_reference: 'referencia de seguridad', code_hosting: 'hospedaje de código', social_network: 'red social', url_shortener: 'acortador de URL', reference: 'sitio de referencia', public_dns: 'resolución DNS pública' };
      const cat = (token) => names[token] ?? token;
      return `nombra ${p.listed}, un servicio o referencia conocido (${cat(p.category)}): bloquearlo o alertar sobre él afecta a todos los que lo usan; compruebe que este es el indicador que quiere`;
    },
    duplicate_indicator: (p, t) =>
      `repite el tipo y el valor del elemento ${t.number(p.firstIndex)}; el servicio actualizaría ese indicador en su lugar`,
    // ---- the client's own codes (mde-indicator/client) ----
    sign_in_failed: (p) => (p.reason === null
      ? 'no se proporcionó ninguna credencial ni token a createClient, por lo que no se puede hacer ninguna llamada'
      : `no se pudo obtener un token: ${p.reason}`),
    unauthorized: (p) =>
      `el servicio rechazó el token (401), también uno nuevo: compruebe que se emitió para ${p.scope} en el inquilino y la nube correctos${p.serviceMessage ? `; el servicio dice: ${p.serviceMessage}` : ''}`,
    permission_denied: (p) =>
      'el token no tiene el permiso para indicadores (403): conceda al registro de aplicación el permiso de aplicación de WindowsDefenderATP '
      + 'Ti.ReadWrite.All (o Ti.ReadWrite, que solo abarca los indicadores que creó la aplicación) y otorgue el consentimiento del administrador; '
      + `un usuario con sesión iniciada también necesita un rol de Defender que administre indicadores${p.serviceMessage ? `; el servicio dice: ${p.serviceMessage}` : ''}`,
    service_unavailable: (p, t) =>
      `no hubo ninguna respuesta utilizable después de ${t.plural(p.attempts, { one: '# intento', other: '# intentos' })} (${p.cause === 'status' ? `último estado ${p.status}` : p.reason}); `
      + 'no se sabe si el servicio aplicó la última llamada, y volver a enviar los mismos indicadores es seguro: el servicio actualiza un indicador del mismo tipo y valor',
    unexpected_response: (p) => `el servicio respondió ${p.status} con ${{
      import_result: `un resultado de importación ilegible (${p.detail})`,
      value_array: 'un cuerpo sin matriz «value»',
      error_body: 'un cuerpo vacío',
      service_error: p.detail,
      status: `un estado inesperado para ${p.detail}`,
    }[p.expected]}`,
    aborted: () => 'detenido por el autor de la llamada (su AbortSignal) antes de terminar',
    not_owned: (p) =>
      `el inquilino ya tiene este indicador (id. ${p.id}) y no pertenece al propietario ${q(p.owner)} (su externalId es ${p.externalId === null ? 'vacío' : q(p.externalId)}), así que sync no lo toca`,
    sync_needs_external_id: (p) =>
      `sync reconoce los indicadores que le pertenecen por su externalId, un campo que el perfil ${p.profile} no tiene; use un perfil con externalId (current)`,
    deletions_skipped: (p, t) =>
      `no se eliminó nada porque ${t.plural(p.invalid, { one: '# elemento no es válido', other: '# elementos no son válidos' })}: un elemento no válido puede representar un indicador que debe permanecer`,
  };
  const words = {
    invalidIndicator: 'indicador no válido',
    invalidCsv: 'no se puede escribir la plantilla CSV',
    more: (n) => `y ${n} más`,
  };
  (globalThis[Symbol.for('mde-indicator.locales')] ??= new Map()).set('es', { tag: 'es', messages, words });
})();
