// mde-indicator/locales/zh-CN: every issue code's message in Simplified Chinese, in the words of
// Microsoft's Simplified Chinese documentation of Defender (指示器, 操作, 过期时间, 严重性, 租户,
// RBAC 组, 警报). Field names and enum values stay as the API spells them.
// No import or export: this one file is the ES module and the CommonJS module, and it registers
// itself in the package's locale registry when loaded (see README, "Messages in other languages").
(function register() {
  'use strict';
  const q = (text) => `“${text}”`;
  const reasons = {
    contains_space: '包含空格',
    wildcard: {
      invalid_ip: '不支持通配符',
      invalid_domain: '不支持通配符；域已涵盖其所有子域',
      invalid_url: '不支持通配符；URL 已涵盖其路径下的所有内容',
    },
    range: '不支持范围；请提供单个地址',
    zone_id: '不支持区域 ID (%...)',
    brackets: '请删除 IPv6 地址两侧的方括号',
    port: {
      invalid_ip: '不支持端口',
      invalid_domain: '包含端口；请只提供主机名',
      invalid_url: '端口无效',
    },
    not_an_address: '应为点分十进制的 IPv4 地址（例如 8.8.8.8）或 IPv6 地址（例如 2001:4860:4860::8888）',
    prefix_out_of_range: 'CIDR 前缀长度超出范围',
    empty: '为空',
    too_long: '超过 253 个字符',
    empty_label: '有空标签（开头、结尾或连续的点）',
    label_too_long: '有超过 63 个字符的标签',
    label_character: '标签只能包含字母、数字和连字符',
    label_hyphen: '标签不得以连字符开头或结尾',
    single_label: '至少必须有两个标签，例如 contoso.com',
    numeric_tld: '顶级标签不得全为数字',
    scheme_or_path: '包含协议或路径；URL 请使用 indicatorType Url',
    backslash: {
      invalid_domain: '包含反斜杠',
      invalid_url: '包含反斜杠；请使用正斜杠',
    },
    ip_address: '是 IP 地址；请使用 indicatorType IpAddress',
    unseen_character: '包含空格、控制字符或不可见的格式字符',
    scheme: '协议必须是 http 或 https',
    scheme_slashes: '协议后面必须跟 //',
    scheme_missing: '必须以 http:// 或 https:// 开头',
    user_info: '包含用户信息 (user@host)；请只提供主机',
    unclosed_bracket: 'IPv6 方括号未闭合',
    ipv6_literal: 'IPv6 字面量无效',
    shape: '应为 YYYY-MM-DDTHH:MM:SSZ 格式',
    year: '年份必须在 0001 到 9999 之间',
    month: '月份必须在 01 到 12 之间',
    day: '日期必须在 01 到 31 之间',
    no_such_day: '该月没有这一天',
    hour: '小时必须在 00 到 23 之间',
    minute: '分钟必须在 00 到 59 之间',
    second: '秒必须在 00 到 59 之间',
    fraction_digits: '小数点后应有数字',
    offset_missing: '缺少时区偏移；UTC 请加 Z',
    offset_shape: '偏移的格式必须是 +HH:MM',
    offset_hour: '偏移的小时必须在 00 到 23 之间',
    offset_minute: '偏移的分钟必须在 00 到 59 之间',
    out_of_range: '按 UTC 计算超出 0001 到 9999 年',
    unclosed_quote: '带引号的单元格未闭合',
    text_after_quote: '右引号后面有文本',
    no_column: '模板中没有对应的列',
    cell_type: '其 JSON 类型与列不符',
    blank: '其值为空或仅含空白，模板会将其视为缺失的字段',
    list_item_comma: '列表项包含逗号',
    list_item_blank: '列表项为空或前后有空格，单元格无法保留',
    list_item_not_string: '列表项不是字符串',
    expected_array: '应为 JSON 数组',
    end_in_array: '数组中输入意外结束',
    expected_comma_or_bracket: '应为“,”或“]”',
    trailing_text: 'JSON 值后面有意外的文本',
    unexpected_character: '意外的字符',
    unexpected_end: '输入意外结束',
    expected_object: '应为 JSON 对象',
    too_deep: '嵌套过深',
    expected_key: '应为字符串键',
    expected_colon: '应为“:”',
    end_in_object: '对象中输入意外结束',
    expected_comma_or_brace: '应为“,”或“}”',
    invalid_number: '数字无效',
    unterminated_string: '字符串未结束',
    control_character: '字符串中的控制字符必须转义',
    invalid_escape: '字符串中的转义序列无效',
    invalid_unicode_escape: '\\u 转义序列无效',
  };
  const expected = {
    object: '对象',
    string: '字符串',
    boolean: '布尔值',
    array: '数组',
    string_array: '字符串数组',
    json_value: 'JSON 值',
    error_body: '含有“error”对象的对象',
    import_answer: '含有“value”数组的对象',
    feed: 'STIX 捆绑包或 MISP 事件',
    stix_input: 'STIX 捆绑包、信封、数组或对象',
    misp_input: 'MISP 事件、事件列表或 REST 响应',
  };
  const ranges = {
    this_network: '“本网络”',
    private: '专用',
    shared: '共享（运营商级 NAT）',
    loopback: '环回',
    link_local: '链路本地',
    ietf_protocol: 'IETF 协议分配',
    documentation: '文档用',
    benchmarking: '基准测试用',
    multicast: '多播',
    reserved: '保留',
    unspecified: '未指定',
    nat64_local: '本地使用 NAT64',
    discard_only: '仅丢弃',
    unique_local: '唯一本地（专用）',
    site_local: '站点本地（已弃用）',
  };
  const types = {
    boolean: '布尔值', number: '数字', string: '字符串', array: '数组', object: '对象',
    not_json: '不是 JSON', too_deep: '嵌套超过 64 层的值',
  };
  const reason = (code, token) => {
    const text = reasons[token];
    return typeof text === 'object' ? text[code] ?? Object.values(text)[0] : text;
  };
  const received = (name) => types[name] ?? (/^[A-Z]/.test(name) ? `${name} 对象` : name);
  const since = (p) => (p ? `（它在配置文件 ${p} 中添加）` : '');

  const messages = {
    invalid_json: (p, t) => `不是有效的 JSON：第 ${t.number(p.line)} 行第 ${t.number(p.column)} 列：${reason('invalid_json', p.reason)}`,
    unreadable_input: (p) => `无法作为 JSON 数据读取：${p.detail}`,
    duplicate_key: (p) => `键 ${q(p.key)} 出现多次；服务会在不提示的情况下只保留其中一个`,
    required: () => '为必填项',
    invalid_type: (p) => `必须是${expected[p.expected]}，而不是${received(p.received)}`,
    empty_value: () => '不得为空',
    unrepresentable_string: () => '包含孤立的 UTF-16 代理项，无法以 UTF-8 JSON 如实发送',
    unknown_field: (p) => {
      let text = `${q(p.field)} 不是指示器 API 的字段`;
      if (p.suggestion) {
        text += `；您是指 ${q(p.suggestion)} 吗？`;
        if (p.suggestion.toLowerCase() === p.field.toLowerCase()) text += '（键区分大小写）';
      }
      return text;
    },
    field_not_in_profile: (p) => `${q(p.field)} 不是配置文件 ${p.profile} 中的字段${since(p.since)}`,
    invalid_enum: (p, t) => {
      const text = `${q(p.received)} 不是有效的 ${p.field}；可能的值为 ${t.or(p.allowed)}`;
      return p.suggestion ? `${text}（您是指 ${q(p.suggestion)} 吗？值区分大小写）` : text;
    },
    enum_not_in_profile: (p) => `${p.field} ${q(p.received)} 在配置文件 ${p.profile} 中不可用${since(p.since)}`,
    invalid_hash: (p, t) =>
      p.nonHex === null
        ? `${p.indicatorType} 必须是 ${t.number(p.expectedLength)} 个十六进制数字，而不是 ${t.number(p.length)} 个`
        : `${p.indicatorType} 必须是十六进制，但包含 ${t.character(p.nonHex, q)}`,
    invalid_ip: (p) => `不是有效的 IP 地址：${reason('invalid_ip', p.reason)}`,
    cidr_not_supported: (p) => `配置文件 ${p.profile} 不支持 CIDR 表示法；请提供单个地址`,
    ip_not_global: (p) => `是${ranges[p.range]}地址 (${p.block})；只能添加外部 IP，无法为内部 IP 创建指示器`,
    invalid_domain: (p) => `不是有效的域名：${reason('invalid_domain', p.reason)}`,
    idn_not_ascii: () => '包含非 ASCII 字母；请以 ASCII 形式（punycode，“xn--”）发送国际化域名',
    onion_service: () => '是 Tor 洋葱服务：只能通过 Tor 网络访问，因此为它创建的指示器永远不会匹配；如果目的是阻止 Tor，请阻止 Tor 本身',
    invalid_url: (p) => `不是有效的 URL：${reason('invalid_url', p.reason)}`,
    invalid_datetime: (p) => `不是带偏移的有效日期时间（例如 2026-12-31T00:00:00Z）：${reason('invalid_datetime', p.reason)}`,
    invalid_technique: () => '必须是 MITRE ATT&CK 技术 ID，例如 T1059 或 T1059.001',
    invalid_category: () => '必须是 PascalCase 形式的门户类别，例如 SuspiciousActivity',
    audit_requires_generate_alert: () => '操作为 Audit 时必须为 true',
    educate_url_not_applicable: (p) => `仅支持 Url 指示器上的 Block 或 Warn 操作，不支持 ${p.indicatorType} 上的 ${p.action}`,
    action_not_allowed_for_type: (p, t) => `操作 ${p.action} 不适用于 ${p.indicatorType} 指示器；请使用 ${t.or(p.allowed)}`,
    empty_input: () => '不含任何指示器',
    invalid_utf8: (p, t) => `不是 UTF-8 文本（偏移 ${t.number(p.offset)} 处的字节错误）`,
    invalid_csv: (p, t) => `第 ${t.number(p.line)} 行不是有效的 CSV：${reason('invalid_csv', p.reason)}`,
    invalid_csv_header: (p) => `标题行为 ${q(p.found)}；门户的模板以 ${q(p.expected)} 开头`,
    invalid_csv_row: (p, t) => `有 ${t.number(p.found)} 个单元格；模板有 ${t.number(p.expected)} 列`,
    too_many_rows: (p, t) => `有 ${t.number(p.rows)} 行；门户每个文件最多导入 ${t.number(p.limit)} 行，请拆分文件`,
    import_batch_too_large: (p, t) =>
      `包含 ${t.number(p.items)} 个指示器；导入 API 每次调用最多接受 ${t.number(p.limit)} 个 (MaximumBatchSizeExceeded)`,
    legacy_action_in_csv: (p) => `CSV 导入会拒绝 ${p.action}（可能的值：Allowed、Audit、BlockAndRemediate、Warn、Block）`,
    not_representable_in_csv: (p) => `无法写入 CSV 模板：${reason('not_representable_in_csv', p.reason)}`,
    active_limit_exceeded: (p, t) =>
      `将超出每个租户 ${t.number(p.limit)} 个活动指示器的限制（${t.number(p.active)} 个活动 + ${t.number(p.adding)} 个新增）`,
    service_rejected: (p) => `服务返回 ${p.serviceCode}：${p.message}`,
    import_item_failed: (p) => `此项导入失败：${p.reason}`,
    legacy_action: (p) => `${p.action} 自 2022 年 1 月起为旧版操作；请使用 ${p.replacement} 并设置 generateAlert: true`,
    https_enforced_only_in_edge: () => 'HTTPS URL 路径仅在 Microsoft Edge 中强制执行；其他浏览器只匹配域',
    url_without_scheme: () => '没有 http:// 或 https:// 协议；文档只显示带协议的 URL',
    expiration_in_past: (p) => `已经是过去的时间（现在是 ${p.now}）；指示器会被立即删除`,
    fraction_truncated: () => '小数位数超过 7 位；服务保留到 100 纳秒，其余部分被截断',
    rbac_group_names_as_string: () => '以逗号分隔的字符串提供；已拆分为服务所需的数组',
    duplicate_value: (p) => `多次列出 ${q(p.value)}`,
    application_only_on_create: () => '仅在创建指示器时应用，更新时从不应用',
    techniques_without_category: () => '未提供类别；文档建议提供一个',
    unknown_category: () => '不是门户的已知类别之一',
    cidr_host_bits_set: (p) => `设置了主机位；地址块为 ${p.network}`,
    hidden_character: (p) => `包含 ${p.codePoint}，这是不可见的控制或格式字符：门户按原样显示文本，这可能隐藏或重排分析师看到的内容`,
    undocumented_field: (p) => `${q(p.field)} 未记录在文档中；由于允许未记录的字段，将按原样传递`,
    well_known_target: (p) => {
      const names = { search_engine: '搜索引擎', microsoft: 'Microsoft 服务', platform_vendor: '平台供应商', threat_intelligence: '威胁情报服务', security_reference: '安全参考资料', code_hosting: '代码托管', social_network: '社交网络', url_shortener: '短网址服务', reference: '参考网站', public_dns: '公共 DNS 解析器' };
      const cat = (token) => names[token] ?? token;
      return `指向 ${p.listed}，这是知名的服务或参考资料（${cat(p.category)}）：阻止它或对其发出警报会影响所有使用者；请确认这是你要的指示器`;
    },
    duplicate_indicator: (p, t) => `重复了第 ${t.number(p.firstIndex)} 项的类型和值；服务会改为更新该指示器`,
    // ---- the client's own codes (mde-indicator/client) ----
    sign_in_failed: (p) => (p.reason === null ? '未向 createClient 提供凭据或令牌，因此无法进行任何调用' : `无法获取令牌：${p.reason}`),
    unauthorized: (p) =>
      `服务拒绝了令牌 (401)，新令牌也一样：请确认令牌是在正确的租户和云中为 ${p.scope} 颁发的${p.serviceMessage ? `；服务返回：${p.serviceMessage}` : ''}`,
    permission_denied: (p) =>
      '令牌缺少指示器权限 (403)：请为应用注册授予 WindowsDefenderATP 应用程序权限 '
      + 'Ti.ReadWrite.All（或 Ti.ReadWrite，仅涵盖该应用创建的指示器）并授予管理员同意；'
      + `已登录的用户还需要可管理指示器的 Defender 角色${p.serviceMessage ? `；服务返回：${p.serviceMessage}` : ''}`,
    service_unavailable: (p, t) =>
      `尝试 ${t.number(p.attempts)} 次后仍没有可用的响应（${p.cause === 'status' ? `最后的状态 ${p.status}` : p.reason}）；`
      + '无法得知服务是否已应用最后一次调用，再次发送相同的指示器是安全的：服务会更新类型和值相同的指示器',
    unexpected_response: (p) => `服务返回 ${p.status}，${{
      import_result: `导入结果无法读取 (${p.detail})`,
      value_array: '正文没有“value”数组',
      error_body: '没有正文',
      service_error: p.detail,
      status: `对 ${p.detail} 而言是意外的状态`,
    }[p.expected]}`,
    aborted: () => '在完成之前已被调用方（其 AbortSignal）停止',
    not_owned: (p) =>
      `租户已有此指示器（ID ${p.id}），且它不属于所有者 ${q(p.owner)}（其 externalId 为${p.externalId === null ? '空' : ` ${q(p.externalId)}`}），因此 sync 不会更改它`,
    sync_needs_external_id: (p) =>
      `sync 通过 externalId 识别它拥有的指示器，而配置文件 ${p.profile} 没有此字段；请使用有 externalId 的配置文件 (current)`,
    deletions_skipped: (p, t) => `由于有 ${t.number(p.invalid)} 项无效，因此未删除任何内容：无效的项可能代表必须保留的指示器`,
  };
  const words = {
    invalidIndicator: '无效的指示器',
    invalidCsv: '无法写入 CSV 模板',
    more: (n) => `还有 ${n} 个`,
  };
  (globalThis[Symbol.for('mde-indicator.locales')] ??= new Map()).set('zh-CN', { tag: 'zh-CN', messages, words });
})();
