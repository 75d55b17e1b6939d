// Where the report contradicts itself, what it says and which reading this catalogue keeps.
// The two that change IDs (ID3-2, ID13-3) also sit on the IDs themselves (countermeasures.ts).
import type { Text } from './types';
import { ID13_3_ERRATUM, ID3_2_ERRATUM } from './countermeasures';
import { t } from './text';

export const ERRATA: readonly Text[] = [
  ID3_2_ERRATUM,
  ID13_3_ERRATUM,
  t(
    '表 17 は「実装モデル 5 [脅威 K1]」の行を 2 回載せている。脅威 K1 は一つとして扱う。',
    'Table 17 prints the row "model 5 [threat K1]" twice; K1 is one threat.',
  ),
  t(
    '脅威 J2（表 17、§2.6.6）と脅威 K2（表 17、§2.7.6）の説明は「インターネットから監視・制御端末への侵入を試みる」としているが、題目はそれぞれ制御・保守端末、パッチ配布サーバへの侵入拡大である。日本語は原文のまま、題目の対象として読む。',
    'The descriptions of threat J2 (table 17, §2.6.6) and threat K2 (table 17, §2.7.6) say "attempts to intrude from the internet into the monitoring/control terminal", but their titles concern the control/maintenance terminal and the patch distribution server. The Japanese is kept as printed; the English follows the titles.',
  ),
  t(
    '脅威 D4、D6 の題目は表 6 と §2.4.6 では「WAN からの侵入」「WAN からデータ分析(2)への侵入拡大」、表 17 と §2.4.8 では「インターネット/イントラネットからの侵入」「インターネット/イントラネットからデータ分析(2)への侵入拡大」。表 6 の題目を用いる。D5 の説明も §2.4.6 は「WAN に接続された」、表 17 は「インターネットもしくはイントラネットに接続された」。',
    'Threats D4 and D6 are titled "intrusion from the WAN" and "intrusion spreading from the WAN to data analysis (2)" in table 6 and §2.4.6, but "from the internet/intranet" in table 17 and §2.4.8. The table 6 titles are used. Likewise D5 says "connected to the WAN" in §2.4.6 and "connected to the internet or intranet" in table 17.',
  ),
  t(
    '表 7 と §2.5 は「データ解析サーバ」（被害 8、脅威 G3、G4）、表 16・17 は「予兆解析サーバ(AWS)」と呼ぶ。同じサーバとして表 7 の名称を用いる。',
    'Table 7 and §2.5 say "data analysis server" (damage 8, threats G3, G4) where tables 16 and 17 say "predictive analysis server (AWS)". They are the same server; the table 7 name is used.',
  ),
  t(
    '表 18 は対策 3、4、12 を実装モデル 4 にも挙げ（§2.6.7 も説明する）が、表 8 にはこれらの対策 ID が無い。対策種別のモデルは表 18 のまま、ID は表 8 のままとする。',
    'Table 18 lists measures 3, 4 and 12 for model 4 too (and §2.6.7 describes them), but table 8 gives no IDs of these kinds. Measure kinds keep the models of table 18; IDs follow table 8.',
  ),
  t(
    '対策 18 の説明は §2.8.7 では制御コマンドを「受信した際」に送信元を検証する、表 18 では「発行を行う際」に内容を検証する、となっている。§2.8.7 を説明に、表 18 を要約に用いる。対策 1、2、3、4、10、12、13、16 も表 18 の文言は節の本文より短い。',
    'Measure 18 verifies the sender "on receiving" a control command in §2.8.7 but the command\'s content "when issuing" it in table 18. §2.8.7 is the description and table 18 the summary; measures 1, 2, 3, 4, 10, 12, 13 and 16 also have shorter table 18 wording.',
  ),
  t(
    '§2.5.7 の追加策（監視制御端末から制御設備への制御アクセスにスーパーバイザの許可を必須とする）は対策 14 の下で「[脅威 G2]工場 B からの侵入の対策追加として」と述べるが、表 7 で脅威 G2 の対策は ID12-1 のみで、監視・制御端末の権限管理は ID14-3（脅威 H3）である。対策 14 の注記として残す。',
    'The §2.5.7 addition under measure 14 (supervisor approval before control access from the monitoring/control terminal) is introduced "as an additional measure against [threat G2] intrusion from factory B", yet table 7 lists only ID12-1 for G2 and the terminal\'s privilege management is ID14-3 (threat H3). It is kept as a note on measure 14.',
  ),
  t(
    '§2.3.8 c) の対策 10 の実装例②（遮断が許される場合）は「IDS を設置し…検知及び遮断を行う」とあるが、図 6 は IPS を設置した場合である。IPS の例として読む。§2.3.8 b) は対策 7 を「ネットワークアドレス体系の割り当て」と呼ぶ。',
    'Example ② of measure 10 in §2.3.8 c) (blocking allowed) says "install an IDS ... detect and block", while fig. 6 shows the IPS case; it is read as the IPS example. §2.3.8 b) also calls measure 7 "assignment of a network address scheme".',
  ),
  t(
    '§2.4.1、§2.5.4 は図への相互参照が壊れている（「エラー! 参照元が見つかりません。」）。図 8、図 13 と読む。付録①の「図 1 に LPWA と既存通信技術の違いを示す」は図 28 である。',
    '§2.4.1 and §2.5.4 print broken cross-references ("Error! Reference source not found."); they are read as fig. 8 and fig. 13. In appendix ①, "fig. 1" showing LPWA versus existing technologies is fig. 28.',
  ),
  t(
    '脅威 E3、I3「社外接続用遠隔操作用サーバへの侵入」は題目が「への侵入」だが、表 7、8 では侵入口（入口）として扱われる。表の区分に従う。',
    'Threats E3 and I3 are titled "intrusion into the remote-operation server", yet tables 7 and 8 class them as entry points; the tables\' classification is kept.',
  ),
  t(
    '表 4 の類型は PDF のテキストから位置を復元した：入力①×出力③＝実装モデル 1、2、①×④＝6、①×⑤＝4、①×⑥＝5、②⑤×③＝3、②⑤×④＝7。',
    'The cells of table 4 (typology) were reconstructed from the PDF text order: input ① with outputs ③ = models 1 and 2, ④ = 6, ⑤ = 4, ⑥ = 5; inputs ②⑤ with ③ = 3, ④ = 7.',
  ),
];
