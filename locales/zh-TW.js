// mde-indicator/locales/zh-TW: every issue code's message in Traditional Chinese, in the words of
// Microsoft's Traditional Chinese documentation of the API (指示器, 動作, 到期時間, 嚴重性,
// RBAC 群組, 警示; 租用戶 for tenant). Field names and enum values stay as the API spells them.
// No import or export: this one file is the ES module and the CommonJS module, and it registers
// itself in the package's locale registry when loaded (see README, "Messages in other languages").
(function register() {
  'use strict';
  const q = (text) => `「${text}」`;
  const reasons = {
    contains_space: '包含空格',
    wildcard: {
      invalid_ip: '不支援萬用字元',
      invalid_domain: '不支援萬用字元；網域已涵蓋其所有子網域',
      invalid_url: '不支援萬用字元；URL 已涵蓋其路徑下的所有內容',
    },
    range: '不支援範圍；請提供單一位址',
    zone_id: '不支援區域識別碼 (%...)',
    brackets: '請移除 IPv6 位址兩側的方括號',
    port: {
      invalid_ip: '不支援連接埠',
      invalid_domain: '包含連接埠；請只提供主機名稱',
      invalid_url: '連接埠無效',
    },
    not_an_address: '應為點分十進位的 IPv4 位址 (例如 8.8.8.8) 或 IPv6 位址 (例如 2001:4860:4860::8888)',
    prefix_out_of_range: 'CIDR 首碼長度超出範圍',
    empty: '是空的',
    too_long: '超過 253 個字元',
    empty_label: '有空白的標籤 (開頭、結尾或連續的點)',
    label_too_long: '有超過 63 個字元的標籤',
    label_character: '標籤只能包含字母、數字和連字號',
    label_hyphen: '標籤不得以連字號開頭或結尾',
    single_label: '至少必須有兩個標籤，例如 contoso.com',
    numeric_tld: '最上層標籤不得全為數字',
    scheme_or_path: '包含配置或路徑；URL 請使用 indicatorType Url',
    backslash: {
      invalid_domain: '包含反斜線',
      invalid_url: '包含反斜線；請使用正斜線',
    },
    ip_address: '是 IP 位址；請使用 indicatorType IpAddress',
    unseen_character: '包含空格、控制字元或不可見的格式字元',
    scheme: '配置必須是 http 或 https',
    scheme_slashes: '配置後面必須接 //',
    scheme_missing: '必須以 http:// 或 https:// 開頭',
    user_info: '包含使用者資訊 (user@host)；請只提供主機',
    unclosed_bracket: 'IPv6 方括號未關閉',
    ipv6_literal: 'IPv6 常值無效',
    shape: '應為 YYYY-MM-DDTHH:MM:SSZ 格式',
    year: '年份必須介於 0001 到 9999',
    month: '月份必須介於 01 到 12',
    day: '日期必須介於 01 到 31',
    no_such_day: '該月份沒有這一天',
    hour: '小時必須介於 00 到 23',
    minute: '分鐘必須介於 00 到 59',
    second: '秒數必須介於 00 到 59',
    fraction_digits: '小數點後應有數字',
    offset_missing: '缺少時差；UTC 請加上 Z',
    offset_shape: '時差的格式必須是 +HH:MM',
    offset_hour: '時差的小時必須介於 00 到 23',
    offset_minute: '時差的分鐘必須介於 00 到 59',
    out_of_range: '以 UTC 計算時超出 0001 到 9999 年',
    unclosed_quote: '加引號的儲存格未關閉',
    text_after_quote: '右引號後面有文字',
    no_column: '範本沒有對應的欄',
    cell_type: '其 JSON 類型與欄不符',
    blank: '其值為空或僅有空白，範本會將其視為未提供的欄位',
    list_item_comma: '清單項目包含逗號',
    list_item_blank: '清單項目為空或前後有空格，儲存格無法保留',
    list_item_not_string: '清單項目不是字串',
    expected_array: '應為 JSON 陣列',
    end_in_array: '陣列中輸入意外結束',
    expected_comma_or_bracket: '應為「,」或「]」',
    trailing_text: 'JSON 值後面有非預期的文字',
    unexpected_character: '非預期的字元',
    unexpected_end: '輸入意外結束',
    expected_object: '應為 JSON 物件',
    too_deep: '巢狀層次太深',
    expected_key: '應為字串索引鍵',
    expected_colon: '應為「:」',
    end_in_object: '物件中輸入意外結束',
    expected_comma_or_brace: '應為「,」或「}」',
    invalid_number: '數字無效',
    unterminated_string: '字串未結束',
    control_character: '字串中的控制字元必須逸出',
    invalid_escape: '字串中的逸出序列無效',
    invalid_unicode_escape: '\\u 逸出序列無效',
  };
  const expected = {
    object: '物件',
    string: '字串',
    boolean: '布林值',
    array: '陣列',
    string_array: '字串陣列',
    json_value: 'JSON 值',
    error_body: '含有「error」物件的物件',
    import_answer: '含有「value」陣列的物件',
    feed: 'STIX 套件組合或 MISP 事件',
    stix_input: 'STIX 套件組合、信封、陣列或物件',
    misp_input: 'MISP 事件、事件清單或 REST 回應',
  };
  const ranges = {
    this_network: '「本網路」',
    private: '私人',
    shared: '共用 (電信級 NAT)',
    loopback: '回送',
    link_local: '連結本機',
    ietf_protocol: 'IETF 通訊協定指派',
    documentation: '文件用',
    benchmarking: '效能測試用',
    multicast: '多點傳送',
    reserved: '保留',
    unspecified: '未指定',
    nat64_local: '本機使用 NAT64',
    discard_only: '僅捨棄',
    unique_local: '唯一本機 (私人)',
    site_local: '站台本機 (已淘汰)',
  };
  const types = {
    boolean: '布林值', number: '數字', string: '字串', array: '陣列', object: '物件',
    not_json: '不是 JSON', too_deep: '巢狀超過 64 層的值',
  };
  const reason = (code, token) => {
    const text = reasons[token];
    return typeof text === 'object' ? text[code] ?? Object.values(text)[0] : text;
  };
  const received = (name) => types[name] ?? (/^[A-Z]/.test(name) ? `${name} 物件` : name);
  const since = (p) => (p ? ` (此項目在設定檔 ${p} 中新增)` : '');

  const messages = {
    invalid_json: (p, t) => `不是有效的 JSON：第 ${t.number(p.line)} 行第 ${t.number(p.column)} 欄：${reason('invalid_json', p.reason)}`,
    unreadable_input: (p) => `無法讀取為 JSON 資料：${p.detail}`,
    duplicate_key: (p) => `索引鍵 ${q(p.key)} 出現多次；服務會在不通知的情況下只保留其中一個`,
    required: () => '為必要欄位',
    invalid_type: (p) => `必須是${expected[p.expected]}，而不是${received(p.received)}`,
    empty_value: () => '不得為空',
    unrepresentable_string: () => '包含單獨的 UTF-16 代理字元，無法以 UTF-8 JSON 忠實傳送',
    unknown_field: (p) => {
      let text = `${q(p.field)} 不是指示器 API 的欄位`;
      if (p.suggestion) {
        text += `；您是指 ${q(p.suggestion)} 嗎？`;
        if (p.suggestion.toLowerCase() === p.field.toLowerCase()) text += '(索引鍵區分大小寫)';
      }
      return text;
    },
    field_not_in_profile: (p) => `${q(p.field)} 不是設定檔 ${p.profile} 中的欄位${since(p.since)}`,
    invalid_enum: (p, t) => {
      const text = `${q(p.received)} 不是有效的 ${p.field}；可能的值為 ${t.or(p.allowed)}`;
      return p.suggestion ? `${text} (您是指 ${q(p.suggestion)} 嗎？值區分大小寫)` : text;
    },
    enum_not_in_profile: (p) => `${p.field} ${q(p.received)} 在設定檔 ${p.profile} 中無法使用${since(p.since)}`,
    invalid_hash: (p, t) =>
      p.nonHex === null
        ? `${p.indicatorType} 必須是 ${t.number(p.expectedLength)} 個十六進位數字，而不是 ${t.number(p.length)} 個`
        : `${p.indicatorType} 必須是十六進位，但包含 ${t.character(p.nonHex, q)}`,
    invalid_ip: (p) => `不是有效的 IP 位址：${reason('invalid_ip', p.reason)}`,
    cidr_not_supported: (p) => `設定檔 ${p.profile} 不支援 CIDR 標記法；請提供單一位址`,
    ip_not_global: (p) => `是${ranges[p.range]}位址 (${p.block})；只能新增外部 IP，無法為內部 IP 建立指示器`,
    invalid_domain: (p) => `不是有效的網域名稱：${reason('invalid_domain', p.reason)}`,
    idn_not_ascii: () => '包含非 ASCII 字母；請以 ASCII 形式 (punycode，「xn--」) 傳送國際化名稱',
    onion_service: () => '是 Tor 洋蔥服務：只能透過 Tor 網路連線，因此為它建立的指示器永遠不會相符；若目的是封鎖 Tor，請封鎖 Tor 本身',
    invalid_url: (p) => `不是有效的 URL：${reason('invalid_url', p.reason)}`,
    invalid_datetime: (p) => `不是含時差的有效日期時間 (例如 2026-12-31T00:00:00Z)：${reason('invalid_datetime', p.reason)}`,
    invalid_technique: () => '必須是 MITRE ATT&CK 技術識別碼，例如 T1059 或 T1059.001',
    invalid_category: () => '必須是 PascalCase 的入口網站類別，例如 SuspiciousActivity',
    audit_requires_generate_alert: () => '動作為 Audit 時必須是 true',
    educate_url_not_applicable: (p) => `僅支援 Url 指示器上的 Block 或 Warn 動作，不支援 ${p.indicatorType} 上的 ${p.action}`,
    action_not_allowed_for_type: (p, t) => `動作 ${p.action} 不適用於 ${p.indicatorType} 指示器；請使用 ${t.or(p.allowed)}`,
    empty_input: () => '不含任何指示器',
    invalid_utf8: (p, t) => `不是 UTF-8 文字 (位移 ${t.number(p.offset)} 的位元組有誤)`,
    invalid_csv: (p, t) => `第 ${t.number(p.line)} 行不是有效的 CSV：${reason('invalid_csv', p.reason)}`,
    invalid_csv_header: (p) => `標頭為 ${q(p.found)}；入口網站的範本以 ${q(p.expected)} 開頭`,
    invalid_csv_row: (p, t) => `有 ${t.number(p.found)} 個儲存格；範本有 ${t.number(p.expected)} 欄`,
    too_many_rows: (p, t) => `有 ${t.number(p.rows)} 列；入口網站每個檔案最多匯入 ${t.number(p.limit)} 列，請分割檔案`,
    import_batch_too_large: (p, t) =>
      `包含 ${t.number(p.items)} 個指示器；匯入 API 每次呼叫最多接受 ${t.number(p.limit)} 個 (MaximumBatchSizeExceeded)`,
    legacy_action_in_csv: (p) => `CSV 匯入會拒絕 ${p.action} (可能的值：Allowed、Audit、BlockAndRemediate、Warn、Block)`,
    not_representable_in_csv: (p) => `無法寫入 CSV 範本：${reason('not_representable_in_csv', p.reason)}`,
    active_limit_exceeded: (p, t) =>
      `將超過每個租用戶 ${t.number(p.limit)} 個作用中指示器的限制 (${t.number(p.active)} 個作用中 + ${t.number(p.adding)} 個新的)`,
    service_rejected: (p) => `服務回應 ${p.serviceCode}：${p.message}`,
    import_item_failed: (p) => `此項目匯入失敗：${p.reason}`,
    legacy_action: (p) => `${p.action} 自 2022 年 1 月起為舊版動作；請使用 ${p.replacement} 並設定 generateAlert: true`,
    https_enforced_only_in_edge: () => 'HTTPS URL 路徑只會在 Microsoft Edge 中強制執行；其他瀏覽器只比對網域',
    url_without_scheme: () => '沒有 http:// 或 https:// 配置；文件只顯示含配置的 URL',
    expiration_in_past: (p) => `已經是過去的時間 (現在是 ${p.now})；指示器會立即被刪除`,
    fraction_truncated: () => '小數位數超過 7 位；服務保留到 100 奈秒，其餘部分會被截斷',
    rbac_group_names_as_string: () => '以逗號分隔的字串提供；已分割為服務所需的陣列',
    duplicate_value: (p) => `多次列出 ${q(p.value)}`,
    application_only_on_create: () => '只會在建立指示器時套用，更新時絕不套用',
    techniques_without_category: () => '未提供類別；文件建議提供一個',
    unknown_category: () => '不是入口網站的已知類別之一',
    cidr_host_bits_set: (p) => `設定了主機位元；區塊為 ${p.network}`,
    hidden_character: (p) => `包含 ${p.codePoint}，這是不可見的控制或格式字元：入口網站會按原樣顯示文字，這可能會隱藏或重新排列分析師看到的內容`,
    undocumented_field: (p) => `${q(p.field)} 未記載於文件中；由於允許未記載的欄位，將按原樣傳遞`,
    well_known_target: (p) => {
      const names = { search_engine: '搜尋引擎', microsoft: 'Microsoft 服務', platform_vendor: '平台廠商', threat_intelligence: '威脅情報服務', security_reference: '安全性參考資料', code_hosting: '程式碼託管', social_network: '社群網路', url_shortener: '短網址服務', reference: '參考網站', public_dns: '公用 DNS 解析程式' };
      const cat = (token) => names[token] ?? token;
      return `指向 ${p.listed}，這是知名的服務或參考資料 (${cat(p.category)})：封鎖或警示它會影響所有使用者；請確認這是您要的指示器`;
    },
    duplicate_indicator: (p, t) => `重複了項目 ${t.number(p.firstIndex)} 的類型和值；服務會改為更新該指示器`,
    // ---- the client's own codes (mde-indicator/client) ----
    sign_in_failed: (p) => (p.reason === null ? '未提供認證或權杖給 createClient，因此無法進行任何呼叫' : `無法取得權杖：${p.reason}`),
    unauthorized: (p) =>
      `服務拒絕了權杖 (401)，新的權杖也一樣：請確認權杖是在正確的租用戶和雲端中為 ${p.scope} 發出${p.serviceMessage ? `；服務表示：${p.serviceMessage}` : ''}`,
    permission_denied: (p) =>
      '權杖缺少指示器的權限 (403)：請授與應用程式註冊 WindowsDefenderATP 應用程式權限 '
      + 'Ti.ReadWrite.All (或 Ti.ReadWrite，只涵蓋應用程式建立的指示器) 並授與管理員同意；'
      + `已登入的使用者還需要可管理指示器的 Defender 角色${p.serviceMessage ? `；服務表示：${p.serviceMessage}` : ''}`,
    service_unavailable: (p, t) =>
      `嘗試 ${t.number(p.attempts)} 次後仍沒有可用的回應 (${p.cause === 'status' ? `最後的狀態 ${p.status}` : p.reason})；`
      + '無法得知服務是否已套用最後一次呼叫，再次傳送相同的指示器是安全的：服務會更新類型和值相同的指示器',
    unexpected_response: (p) => `服務回應 ${p.status}，${{
      import_result: `匯入結果無法讀取 (${p.detail})`,
      value_array: '本文沒有「value」陣列',
      error_body: '沒有本文',
      service_error: p.detail,
      status: `對 ${p.detail} 而言是非預期的狀態`,
    }[p.expected]}`,
    aborted: () => '在完成之前已由呼叫端 (其 AbortSignal) 停止',
    not_owned: (p) =>
      `租用戶已有此指示器 (識別碼 ${p.id})，且它不屬於擁有者 ${q(p.owner)} (其 externalId 為${p.externalId === null ? '空' : ` ${q(p.externalId)}`})，因此 sync 不會變更它`,
    sync_needs_external_id: (p) =>
      `sync 以 externalId 識別它擁有的指示器，而設定檔 ${p.profile} 沒有這個欄位；請使用有 externalId 的設定檔 (current)`,
    deletions_skipped: (p, t) => `由於有 ${t.number(p.invalid)} 個項目無效，因此未刪除任何項目：無效的項目可能代表必須保留的指示器`,
  };
  const words = {
    invalidIndicator: '無效的指示器',
    invalidCsv: '無法寫入 CSV 範本',
    more: (n) => `還有 ${n} 個`,
  };
  (globalThis[Symbol.for('mde-indicator.locales')] ??= new Map()).set('zh-TW', { tag: 'zh-TW', messages, words });
})();
