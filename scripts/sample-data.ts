/**
 * Data of the sample workbook samples/zengcheng-cast-2021.xlsx, rebuilt from the real report
 * /work/shared/reference/zengcheng-cast-2021-self-evaluation-report.txt (广州市增城区科学技术协会
 * 2021年部门整体支出绩效自评报告). Figures in 万元; targets and actuals as the department wrote them.
 * make-sample.ts lays these records out; nothing here knows about cells.
 *
 * Hand check of the scores (mof2020 with the per-row 计分方法):
 *   预算调整率 反向 ≤5%, 8.58%:  4 × (1 − (8.58 − 5)/5) = 4 × 0.284 = 1.136 -> 1.14
 *   基本支出预算执行率 正向 ≥95%, 86.37%: 4 × 86.37/95 = 3.6366… -> 3.64
 *   结转结余率 反向 ≤5%, 8.84%: 3 × (1 − 3.84/5) = 3 × 0.232 = 0.696 -> 0.70
 *   资金使用合规性 定性 达成, self 3 inside [2.4, 3] -> kept 3
 *   资金管理 8.48; 采购管理 0 (达标, 112.5% > 100%); 信息公开 4; 资产 6; 成本 6; 绩效 8 -> 管理效能 32.48
 *   履职效能: 12−1 + 12−2 + 12 + 12 + 12−1 = 56; total 88.48 -> 良 (good).
 * Budget rates (actual / 调整预算数): 基本支出 460.07/532.66 = 86.37%, 项目支出 298.27/299.22 = 99.68%,
 *   19.52/19.89 = 98.14%, 2.52/2.52 = 100%, 8.50/8.80 = 96.59%, 0.80/0.80 = 100%,
 *   248.28/248.56 = 99.89%, 5.00/5.00 = 100%, 13.65/13.65 = 100%; 合计 758.34/831.88 = 91.16%.
 */

export interface SampleBudgetLine {
  readonly name: string;
  /** 年初预算数: the report gives it only for the whole department. */
  readonly initial: number | null;
  /** 调整预算数 */
  readonly budget: number;
  /** 全年执行数 */
  readonly actual: number;
}

export type SampleMethod = "正向" | "反向" | "达标" | "定性";

export interface SampleIndicator {
  readonly name: string;
  readonly method: SampleMethod;
  readonly target: string;
  readonly actual: string;
  readonly weight: number;
  /** 自评得分 as the department reported it. */
  readonly selfScore: number;
  readonly reason?: string;
}

export interface SampleLevel2 {
  readonly name: string;
  readonly indicators: readonly SampleIndicator[];
}

export interface SampleLevel1 {
  readonly name: string;
  readonly weight: number;
  readonly groups: readonly SampleLevel2[];
}

export const SAMPLE_BUDGET_TITLE = "广州市增城区科学技术协会2021年部门整体支出情况表";
export const SAMPLE_INDICATOR_TITLE = "2021年部门整体支出绩效自评指标表";
export const SAMPLE_TOTAL_SELF_SCORE = 88.48;

/** The indicator sheet's header row, shared by the sample and the benchmark's large workbooks. */
export const SAMPLE_INDICATOR_HEADER: readonly string[] = [
  "一级指标",
  "二级指标",
  "三级指标",
  "计分方法",
  "年度指标值",
  "实际完成值",
  "分值",
  "自评得分",
  "得分",
  "偏差原因分析及改进措施",
];

export const SAMPLE_BUDGET: readonly SampleBudgetLine[] = [
  { name: "合计", initial: 766.17, budget: 831.88, actual: 758.34 },
  { name: "一、基本支出", initial: null, budget: 532.66, actual: 460.07 },
  { name: "二、项目支出", initial: null, budget: 299.22, actual: 298.27 },
  { name: "1、运行经费", initial: null, budget: 32.01, actual: 31.34 },
  { name: "①其他运行经费", initial: null, budget: 19.89, actual: 19.52 },
  { name: "②专项工作经费", initial: null, budget: 2.52, actual: 2.52 },
  { name: "③编外人员聘用经费", initial: null, budget: 8.8, actual: 8.5 },
  { name: "④编外人员公用经费", initial: null, budget: 0.8, actual: 0.8 },
  { name: "2、科普专项经费", initial: null, budget: 253.56, actual: 253.28 },
  { name: "①增城区科普专项经费", initial: null, budget: 248.56, actual: 248.28 },
  { name: "②专项工作经费—政协划拨科协", initial: null, budget: 5.0, actual: 5.0 },
  { name: "3、档案室、保密室整改经费", initial: null, budget: 13.65, actual: 13.65 },
  { name: "①区科协档案室、保密室整改经费", initial: null, budget: 13.65, actual: 13.65 },
];

const COVID = "受到新冠肺炎疫情影响，须减少大型聚集活动，";

export const SAMPLE_INDICATORS: readonly SampleLevel1[] = [
  {
    name: "管理效能",
    weight: 40,
    groups: [
      {
        name: "资金管理",
        indicators: [
          {
            name: "预算调整率",
            method: "反向",
            target: "≤5%",
            actual: "8.58%",
            weight: 4,
            selfScore: 1.14,
            reason: "年中追加编外人员聘用及科普专项经费，预算调整幅度超出年初预期",
          },
          {
            name: "基本支出预算执行率",
            method: "正向",
            target: "≥95%",
            actual: "86.37%",
            weight: 4,
            selfScore: 3.64,
            reason: "人员经费按实际在编人数列支，部分基本支出预算未执行",
          },
          {
            name: "结转结余率",
            method: "反向",
            target: "≤5%",
            actual: "8.84%",
            weight: 3,
            selfScore: 0.7,
            reason: "基本支出结余较多，年度预算编制不够精准",
          },
          {
            name: "资金使用合规性",
            method: "定性",
            target: "严格执行相关制度规定",
            actual: "达成",
            weight: 3,
            selfScore: 3,
          },
        ],
      },
      {
        name: "采购管理",
        indicators: [
          {
            name: "政府采购执行情况（实际采购金额不超过采购计划金额）",
            method: "达标",
            target: "≤100%",
            actual: "112.50%",
            weight: 2,
            selfScore: 0,
            reason:
              "实际采购金额大于采购计划金额。物业管理服务采购为年中临时增加项目，2020年编制2021年预算时没有此项采购预算，已在广东政府采购智慧云平台备案并进行定点采购。",
          },
        ],
      },
      {
        name: "信息公开管理",
        indicators: [
          {
            name: "预决算信息公开",
            method: "达标",
            target: "按规定时限公开",
            actual: "达成",
            weight: 2,
            selfScore: 2,
          },
          {
            name: "绩效信息公开",
            method: "达标",
            target: "按规定公开",
            actual: "达成",
            weight: 2,
            selfScore: 2,
          },
        ],
      },
      {
        name: "资产管理",
        indicators: [
          {
            name: "资产管理制度健全性",
            method: "达标",
            target: "健全",
            actual: "健全",
            weight: 3,
            selfScore: 3,
          },
          { name: "固定资产利用率", method: "达标", target: "≥95%", actual: "100%", weight: 3, selfScore: 3 },
        ],
      },
      {
        name: "成本管理",
        indicators: [
          {
            name: "公用经费控制率",
            method: "达标",
            target: "≤100%",
            actual: "96.5%",
            weight: 3,
            selfScore: 3,
          },
          {
            name: '"三公"经费控制率',
            method: "达标",
            target: "≤100%",
            actual: "78.6%",
            weight: 3,
            selfScore: 3,
          },
        ],
      },
      {
        name: "绩效管理",
        indicators: [
          {
            name: "绩效目标编制质量",
            method: "达标",
            target: "目标明确、指标量化",
            actual: "达成",
            weight: 4,
            selfScore: 4,
          },
          {
            name: "绩效自评开展情况",
            method: "达标",
            target: "按时完成自评",
            actual: "完成",
            weight: 4,
            selfScore: 4,
          },
        ],
      },
    ],
  },
  {
    name: "履职效能",
    weight: 60,
    groups: [
      {
        name: "开展主题科普活动",
        indicators: [
          {
            name: '"百年回望"主题科普活动场次',
            method: "达标",
            target: "≥25场",
            actual: "27场",
            weight: 3,
            selfScore: 3,
          },
          {
            name: '"全国科普日"系列活动场次',
            method: "达标",
            target: "≥30场",
            actual: "32场",
            weight: 3,
            selfScore: 3,
          },
          {
            name: '组织开展"全国科普日"系列活动受众人次',
            method: "达标",
            target: "≥10000人次",
            actual: "6500人次",
            weight: 1,
            selfScore: 0,
            reason: `${COVID}活动受众人数有所减少`,
          },
          {
            name: "科普知识电视大赛举办届次",
            method: "达标",
            target: "≥1届",
            actual: "1届",
            weight: 2,
            selfScore: 2,
          },
          {
            name: "活动社会效益",
            method: "达标",
            target: "效果明显",
            actual: "达成",
            weight: 3,
            selfScore: 3,
          },
        ],
      },
      {
        name: "加强科普队伍、基地和科普设施建设及推进院士专家工作站建设",
        indicators: [
          {
            name: "新设立科普示范基地数",
            method: "达标",
            target: "≥3个",
            actual: "3个",
            weight: 3,
            selfScore: 3,
          },
          {
            name: "科普示范基地总数",
            method: "达标",
            target: "≥70个",
            actual: "74个",
            weight: 3,
            selfScore: 3,
          },
          {
            name: "举办全区科协组织各类业务培训、外出交流活动场次",
            method: "达标",
            target: "≥5场",
            actual: "1场",
            weight: 2,
            selfScore: 0,
            reason: `${COVID}年初计划的5场交流活动及培训减少为1场`,
          },
          {
            name: "院士专家工作站建设指导",
            method: "达标",
            target: "按期完成评估",
            actual: "达成",
            weight: 2,
            selfScore: 2,
          },
          {
            name: "科普小镇建设",
            method: "达标",
            target: "建成科普展示厅、科普画廊",
            actual: "完成",
            weight: 2,
            selfScore: 2,
          },
        ],
      },
      {
        name: "科普传播渠道建设",
        indicators: [
          {
            name: "《增城科普》电视栏目播出期数",
            method: "达标",
            target: "≥48期",
            actual: "48期",
            weight: 4,
            selfScore: 4,
          },
          {
            name: "增城日报科协专版期数",
            method: "达标",
            target: "≥12期",
            actual: "12期",
            weight: 4,
            selfScore: 4,
          },
          {
            name: "疫情防控科普宣传品印发份数",
            method: "达标",
            target: "≥7000份",
            actual: "8000份",
            weight: 4,
            selfScore: 4,
          },
        ],
      },
      {
        name: "提高重点人群科学素质",
        indicators: [
          {
            name: "院士专家校园行科普讲座场次",
            method: "达标",
            target: "≥6场",
            actual: "7场",
            weight: 4,
            selfScore: 4,
          },
          {
            name: "组队参加广州公民科学素质竞赛",
            method: "达标",
            target: "参加",
            actual: "完成",
            weight: 4,
            selfScore: 4,
          },
          {
            name: "全国科普示范县（市、区）创建",
            method: "达标",
            target: "获批创建单位",
            actual: "达成",
            weight: 4,
            selfScore: 4,
          },
        ],
      },
      {
        name: "服务科技工作者",
        indicators: [
          {
            name: "组织开展科技工作者工作交流",
            method: "达标",
            target: "≥2场",
            actual: "1场",
            weight: 1,
            selfScore: 0,
            reason: `${COVID}年初计划的2场交流活动减少为1场`,
          },
          {
            name: "推荐评选优秀科普工作者人数",
            method: "达标",
            target: "≥3名",
            actual: "3名",
            weight: 4,
            selfScore: 4,
          },
          {
            name: "宣传科技工作者先进事迹篇数",
            method: "达标",
            target: "≥10篇",
            actual: "12篇",
            weight: 3,
            selfScore: 3,
          },
          {
            name: "科技工作者建言献策",
            method: "达标",
            target: "效果明显",
            actual: "达成",
            weight: 4,
            selfScore: 4,
          },
        ],
      },
    ],
  },
];
