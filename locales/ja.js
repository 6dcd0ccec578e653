// mde-indicator/locales/ja: every issue code's message in Japanese, in the words of Microsoft's
// Japanese documentation of Defender (インジケーター, アクション, 有効期限, 重要度, テナント,
// RBAC グループ, アラート). Field names and enum values stay as the API spells them.
// No import or export: this one file is the ES module and the CommonJS module, and it registers
// itself in the package's locale registry when loaded (see README, "Messages in other languages").
(function register() {
  'use strict';
  const q = (text) => `「${text}」`;
  const reasons = {
    contains_space: 'スペースが含まれています',
    wildcard: {
      invalid_ip: 'ワイルドカードはサポートされていません',
      invalid_domain: 'ワイルドカードはサポートされていません。ドメインはすでにすべてのサブドメインに一致します',
      invalid_url: 'ワイルドカードはサポートされていません。URL はすでにそのパス以下のすべてに一致します',
    },
    range: '範囲はサポートされていません。アドレスを 1 つ指定してください',
    zone_id: 'ゾーン ID (%...) はサポートされていません',
    brackets: 'IPv6 アドレスを囲む角かっこを削除してください',
    port: {
      invalid_ip: 'ポートはサポートされていません',
      invalid_domain: 'ポートが含まれています。ホスト名のみを指定してください',
      invalid_url: 'ポートが無効です',
    },
    not_an_address: '8.8.8.8 のようなドット区切りの IPv4 アドレス、または 2001:4860:4860::8888 のような IPv6 アドレスが必要です',
    prefix_out_of_range: 'CIDR プレフィックス長が範囲外です',
    empty: '空です',
    too_long: '253 文字を超えています',
    empty_label: '空のラベルがあります (先頭、末尾、または連続したドット)',
    label_too_long: '63 文字を超えるラベルがあります',
    label_character: 'ラベルに使用できるのは英字、数字、ハイフンのみです',
    label_hyphen: 'ラベルの先頭と末尾にハイフンは使用できません',
    single_label: 'contoso.com のように 2 つ以上のラベルが必要です',
    numeric_tld: 'トップレベルのラベルを数字だけにすることはできません',
    scheme_or_path: 'スキームまたはパスが含まれています。URL には indicatorType Url を使用してください',
    backslash: {
      invalid_domain: 'バックスラッシュが含まれています',
      invalid_url: 'バックスラッシュが含まれています。スラッシュを使用してください',
    },
    ip_address: 'IP アドレスです。indicatorType IpAddress を使用してください',
    unseen_character: 'スペース、制御文字、または不可視の書式文字が含まれています',
    scheme: 'スキームは http または https である必要があります',
    scheme_slashes: 'スキームの後には // が必要です',
    scheme_missing: 'http:// または https:// で始まる必要があります',
    user_info: 'ユーザー情報 (user@host) が含まれています。ホストのみを指定してください',
    unclosed_bracket: 'IPv6 の角かっこが閉じられていません',
    ipv6_literal: 'IPv6 リテラルが無効です',
    shape: 'YYYY-MM-DDTHH:MM:SSZ の形式が必要です',
    year: '年は 0001 から 9999 の範囲である必要があります',
    month: '月は 01 から 12 の範囲である必要があります',
    day: '日は 01 から 31 の範囲である必要があります',
    no_such_day: 'その月にその日は存在しません',
    hour: '時は 00 から 23 の範囲である必要があります',
    minute: '分は 00 から 59 の範囲である必要があります',
    second: '秒は 00 から 59 の範囲である必要があります',
    fraction_digits: '小数点の後に数字が必要です',
    offset_missing: 'タイム オフセットがありません。UTC の場合は Z を追加してください',
    offset_shape: 'オフセットは +HH:MM の形式である必要があります',
    offset_hour: 'オフセットの時は 00 から 23 の範囲である必要があります',
    offset_minute: 'オフセットの分は 00 から 59 の範囲である必要があります',
    out_of_range: 'UTC で 0001 年から 9999 年の範囲外です',
    unclosed_quote: '引用符で囲まれたセルが閉じられていません',
    text_after_quote: '閉じ引用符の後にテキストがあります',
    no_column: 'テンプレートに対応する列がありません',
    cell_type: 'JSON の型が列に合いません',
    blank: '空または空白のみで、テンプレートでは指定されていないフィールドとして読み取られます',
    list_item_comma: 'リストの項目にコンマが含まれています',
    list_item_blank: 'リストの項目が空か前後にスペースがあり、セルでは保持できません',
    list_item_not_string: 'リストの項目が文字列ではありません',
    expected_array: 'JSON 配列が必要です',
    end_in_array: '配列の途中で入力が終了しました',
    expected_comma_or_bracket: '「,」または「]」が必要です',
    trailing_text: 'JSON 値の後に予期しないテキストがあります',
    unexpected_character: '予期しない文字です',
    unexpected_end: '予期しない入力の終わりです',
    expected_object: 'JSON オブジェクトが必要です',
    too_deep: '入れ子が深すぎます',
    expected_key: '文字列のキーが必要です',
    expected_colon: '「:」が必要です',
    end_in_object: 'オブジェクトの途中で入力が終了しました',
    expected_comma_or_brace: '「,」または「}」が必要です',
    invalid_number: '数値が無効です',
    unterminated_string: '文字列が終了していません',
    control_character: '文字列内の制御文字はエスケープする必要があります',
    invalid_escape: '文字列内のエスケープが無効です',
    invalid_unicode_escape: '\\u エスケープが無効です',
  };
  const expected = {
    object: 'オブジェクト',
    string: '文字列',
    boolean: 'ブール値',
    array: '配列',
    string_array: '文字列の配列',
    json_value: 'JSON 値',
    error_body: '「error」オブジェクトを持つオブジェクト',
    import_answer: '「value」配列を持つオブジェクト',
    feed: 'STIX バンドルまたは MISP イベント',
    stix_input: 'STIX のバンドル、エンベロープ、配列、またはオブジェクト',
    misp_input: 'MISP イベント、イベントのリスト、または REST の応答',
  };
  const ranges = {
    this_network: '「このネットワーク」',
    private: 'プライベート',
    shared: '共有 (キャリア グレード NAT)',
    loopback: 'ループバック',
    link_local: 'リンクローカル',
    ietf_protocol: 'IETF プロトコル割り当て',
    documentation: 'ドキュメント用',
    benchmarking: 'ベンチマーク用',
    multicast: 'マルチキャスト',
    reserved: '予約済み',
    unspecified: '未指定',
    nat64_local: 'ローカル使用 NAT64',
    discard_only: '破棄専用',
    unique_local: 'ユニーク ローカル (プライベート)',
    site_local: 'サイトローカル (非推奨)',
  };
  const types = {
    boolean: 'ブール値', number: '数値', string: '文字列', array: '配列', object: 'オブジェクト',
    not_json: 'JSON ではないもの', too_deep: '64 レベルを超えて入れ子になった値',
  };
  const reason = (code, token) => {
    const text = reasons[token];
    return typeof text === 'object' ? text[code] ?? Object.values(text)[0] : text;
  };
  const received = (name) => types[name] ?? (/^[A-Z]/.test(name) ? `${name} オブジェクト` : name);
  const since = (p) => (p ? ` (プロファイル ${p} で追加されました)` : '');

  const messages = {
    invalid_json: (p, t) => `有効な JSON ではありません: ${t.number(p.line)} 行 ${t.number(p.column)} 列で${reason('invalid_json', p.reason)}`,
    unreadable_input: (p) => `JSON データとして読み取れませんでした: ${p.detail}`,
    duplicate_key: (p) => `キー ${q(p.key)} が複数回あります。サービスは通知なしに 1 つだけを保持します`,
    required: () => '必須です',
    invalid_type: (p) => `${expected[p.expected]}である必要がありますが、${received(p.received)}です`,
    empty_value: () => '空にすることはできません',
    unrepresentable_string: () => '単独の UTF-16 サロゲートが含まれており、UTF-8 の JSON として正確に送信できません',
    unknown_field: (p) => {
      let text = `${q(p.field)} はインジケーター API のフィールドではありません`;
      if (p.suggestion) {
        text += `。${q(p.suggestion)} のことですか?`;
        if (p.suggestion.toLowerCase() === p.field.toLowerCase()) text += ' (キーでは大文字と小文字が区別されます)';
      }
      return text;
    },
    field_not_in_profile: (p) => `${q(p.field)} はプロファイル ${p.profile} のフィールドではありません${since(p.since)}`,
    invalid_enum: (p, t) => {
      const text = `${q(p.received)} は有効な ${p.field} ではありません。使用できる値は ${t.or(p.allowed)} です`;
      return p.suggestion ? `${text} (${q(p.suggestion)} のことですか? 値では大文字と小文字が区別されます)` : text;
    },
    enum_not_in_profile: (p) => `${p.field} ${q(p.received)} はプロファイル ${p.profile} では使用できません${since(p.since)}`,
    invalid_hash: (p, t) =>
      p.nonHex === null
        ? `${p.indicatorType} では 16 進数 ${t.number(p.expectedLength)} 桁である必要がありますが、${t.number(p.length)} 桁です`
        : `${p.indicatorType} では 16 進数である必要がありますが、${t.character(p.nonHex, q)} が含まれています`,
    invalid_ip: (p) => `有効な IP アドレスではありません: ${reason('invalid_ip', p.reason)}`,
    cidr_not_supported: (p) => `プロファイル ${p.profile} では CIDR 表記はサポートされていません。アドレスを 1 つ指定してください`,
    ip_not_global: (p) =>
      `${ranges[p.range]}アドレス (${p.block}) です。追加できるのは外部 IP のみで、内部 IP のインジケーターは作成できません`,
    invalid_domain: (p) => `有効なドメイン名ではありません: ${reason('invalid_domain', p.reason)}`,
    idn_not_ascii: () => '非 ASCII の文字が含まれています。国際化ドメイン名は ASCII 形式 (Punycode、「xn--」) で送信してください',
    onion_service: () => 'は Tor のオニオン サービスです。Tor ネットワーク経由でしか到達できないため、このインジケーターが一致することはありません。目的が Tor のブロックであれば、Tor 自体をブロックしてください',
    invalid_url: (p) => `有効な URL ではありません: ${reason('invalid_url', p.reason)}`,
    invalid_datetime: (p) => `オフセット付きの有効な日時 (例: 2026-12-31T00:00:00Z) ではありません: ${reason('invalid_datetime', p.reason)}`,
    invalid_technique: () => 'T1059 や T1059.001 のような MITRE ATT&CK の手法 ID である必要があります',
    invalid_category: () => 'SuspiciousActivity のような PascalCase のポータル カテゴリである必要があります',
    audit_requires_generate_alert: () => 'アクションが Audit の場合は true である必要があります',
    educate_url_not_applicable: (p) =>
      `Url インジケーターのアクション Block または Warn でのみサポートされ、${p.indicatorType} の ${p.action} ではサポートされません`,
    action_not_allowed_for_type: (p, t) =>
      `アクション ${p.action} は ${p.indicatorType} インジケーターでは使用できません。${t.or(p.allowed)} を使用してください`,
    empty_input: () => 'インジケーターが含まれていません',
    invalid_utf8: (p, t) => `UTF-8 テキストではありません (オフセット ${t.number(p.offset)} のバイトが不正です)`,
    invalid_csv: (p, t) => `${t.number(p.line)} 行目が有効な CSV ではありません: ${reason('invalid_csv', p.reason)}`,
    invalid_csv_header: (p) => `ヘッダーが ${q(p.found)} です。ポータルのテンプレートは ${q(p.expected)} で始まります`,
    invalid_csv_row: (p, t) => `セルが ${t.number(p.found)} 個あります。テンプレートの列は ${t.number(p.expected)} 個です`,
    too_many_rows: (p, t) => `${t.number(p.rows)} 行あります。ポータルがインポートできるのは 1 ファイルあたり ${t.number(p.limit)} 行までです。ファイルを分割してください`,
    import_batch_too_large: (p, t) =>
      `インジケーターが ${t.number(p.items)} 個あります。インポート API が受け付けるのは 1 回の呼び出しあたり ${t.number(p.limit)} 個までです (MaximumBatchSizeExceeded)`,
    legacy_action_in_csv: (p) => `${p.action} は CSV インポートで拒否されます (使用できる値: Allowed、Audit、BlockAndRemediate、Warn、Block)`,
    not_representable_in_csv: (p) => `CSV テンプレートに書き込めません: ${reason('not_representable_in_csv', p.reason)}`,
    active_limit_exceeded: (p, t) =>
      `テナントあたり ${t.number(p.limit)} 個というアクティブなインジケーターの上限を超えます (アクティブ ${t.number(p.active)} 個 + 新規 ${t.number(p.adding)} 個)`,
    service_rejected: (p) => `サービスの応答は ${p.serviceCode} でした: ${p.message}`,
    import_item_failed: (p) => `この項目のインポートに失敗しました: ${p.reason}`,
    legacy_action: (p) => `${p.action} は 2022 年 1 月以降、従来のアクションです。${p.replacement} を generateAlert: true と共に使用してください`,
    https_enforced_only_in_edge: () => 'HTTPS URL のパスが適用されるのは Microsoft Edge のみです。他のブラウザーではドメインのみが照合されます',
    url_without_scheme: () => 'http:// または https:// のスキームがありません。ドキュメントにはスキーム付きの URL のみが示されています',
    expiration_in_past: (p) => `すでに過去です (現在は ${p.now})。インジケーターはすぐに削除されます`,
    fraction_truncated: () => '小数部が 7 桁を超えています。サービスは 100 ns まで保持し、残りは切り捨てられます',
    rbac_group_names_as_string: () => 'コンマ区切りの文字列として指定されました。サービスが求める配列に分割しました',
    duplicate_value: (p) => `${q(p.value)} が複数回含まれています`,
    application_only_on_create: () => 'インジケーターの作成時にのみ適用され、更新時には適用されません',
    techniques_without_category: () => 'カテゴリなしで指定されています。ドキュメントではカテゴリの指定が推奨されています',
    unknown_category: () => 'ポータルの既知のカテゴリではありません',
    cidr_host_bits_set: (p) => `ホスト ビットが設定されています。ブロックは ${p.network} です`,
    hidden_character: (p) =>
      `不可視の制御文字または書式文字 ${p.codePoint} が含まれています。ポータルはテキストをそのまま表示するため、アナリストが読む内容が隠されたり並べ替えられたりするおそれがあります`,
    undocumented_field: (p) => `${q(p.field)} はドキュメントに記載されていません。ドキュメントにないフィールドは許可されているため、そのまま渡されます`,
    well_known_target: (p) => {
      const names = { search_engine: '検索エンジン', microsoft: 'Microsoft のサービス', platform_vendor: 'プラットフォーム ベンダー', threat_intelligence: '脅威インテリジェンス サービス', security_reference: 'セキュリティ リファレンス', code_hosting: 'コード ホスティング', social_network: 'ソーシャル ネットワーク', url_shortener: 'URL 短縮サービス', reference: '参照サイト', public_dns: 'パブリック DNS リゾルバー' };
      const cat = (token) => names[token] ?? token;
      return `よく知られたサービスまたは参照先 ${p.listed} (${cat(p.category)}) を指しています。ブロックやアラートは利用者全員に影響します。意図したインジケーターか確認してください`;
    },
    duplicate_indicator: (p, t) => `項目 ${t.number(p.firstIndex)} と種類と値が同じです。サービスは代わりにそのインジケーターを更新します`,
    // ---- the client's own codes (mde-indicator/client) ----
    sign_in_failed: (p) => (p.reason === null
      ? 'createClient に資格情報もトークンも渡されていないため、呼び出しを行えません'
      : `トークンを取得できませんでした: ${p.reason}`),
    unauthorized: (p) =>
      `サービスがトークンを拒否しました (401、新しいトークンでも同様)。正しいテナントとクラウドで ${p.scope} 用に発行されたか確認してください${p.serviceMessage ? `。サービスの応答: ${p.serviceMessage}` : ''}`,
    permission_denied: (p) =>
      'トークンにインジケーターのアクセス許可がありません (403)。アプリの登録に WindowsDefenderATP のアプリケーションのアクセス許可 '
      + 'Ti.ReadWrite.All (または、アプリが作成したインジケーターのみを対象とする Ti.ReadWrite) を付与し、管理者の同意を与えてください。'
      + `サインインしたユーザーには、インジケーターを管理する Defender のロールも必要です${p.serviceMessage ? `。サービスの応答: ${p.serviceMessage}` : ''}`,
    service_unavailable: (p, t) =>
      `${t.number(p.attempts)} 回試行しても使用できる応答がありませんでした (${p.cause === 'status' ? `最後の状態 ${p.status}` : p.reason})。`
      + 'サービスが最後の呼び出しを適用したかどうかは不明ですが、同じインジケーターを再送信しても安全です。サービスは種類と値が同じインジケーターを更新します',
    unexpected_response: (p) => `サービスが ${p.status} で応答しました: ${{
      import_result: `読み取れないインポート結果 (${p.detail})`,
      value_array: '「value」配列のない本文',
      error_body: '本文なし',
      service_error: p.detail,
      status: `${p.detail} に対する予期しない状態`,
    }[p.expected]}`,
    aborted: () => '完了する前に呼び出し元 (その AbortSignal) によって停止されました',
    not_owned: (p) =>
      `テナントにはこのインジケーター (ID ${p.id}) がすでにあり、所有者 ${q(p.owner)} のものではありません (externalId は ${p.externalId === null ? '空' : q(p.externalId)})。そのため sync は変更しません`,
    sync_needs_external_id: (p) =>
      `sync は自分が所有するインジケーターを externalId で識別しますが、プロファイル ${p.profile} にはこのフィールドがありません。externalId のあるプロファイル (current) を使用してください`,
    deletions_skipped: (p, t) =>
      `${t.number(p.invalid)} 個の項目が無効なため、何も削除されませんでした。無効な項目は、残す必要のあるインジケーターを表している可能性があります`,
  };
  const words = {
    invalidIndicator: '無効なインジケーター',
    invalidCsv: 'CSV テンプレートを書き込めません',
    more: (n) => `ほか ${n} 件`,
  };
  (globalThis[Symbol.for('mde-indicator.locales')] ??= new Map()).set('ja', { tag: 'ja', messages, words });
})();
