/** The record and workspace formats (docs/reference/record.md) as TypeScript types; the JSON Schemas are their runtime guard. */
import type {
  Assessor,
  Category,
  ConsultMethod,
  Domain,
  FindingAspect,
  Outcome,
  ParticipantGroup,
  Procedure,
  Procurement,
  RiskLevel,
  SensitiveTag,
  StepName,
} from "./vocabulary.js";

/** A date string `YYYY-MM-DD`. */
export type IsoDate = string;

export interface Reviewer {
  expert: string;
  conflict_of_interest?: boolean;
  recused?: boolean;
}

export interface Step {
  step: StepName;
  date: IsoDate;
  summary?: string;
  methods?: ConsultMethod[];
  respondents?: number;
  support?: number;
  oppose?: number;
  findings?: Partial<Record<FindingAspect, string>>;
  reviewers?: Reviewer[];
  filed_with?: string;
}

export interface Assessment {
  assessor: Assessor;
  procedure: Procedure;
  standard?: string;
  in_feasibility_study?: boolean;
  participants?: ParticipantGroup[];
  third_party?: { agency: string; procurement: Procurement };
  meeting?: { date: IsoDate; summary?: string };
  filed_on?: IsoDate;
  steps?: Step[];
  risk_level?: RiskLevel;
}

export interface Decision {
  outcome: Outcome;
  decided_on: IsoDate;
  decided_by?: string;
}

export interface MitigationMeasure {
  measure: string;
  owner?: string;
  due?: IsoDate;
  done_on?: IsoDate;
}

export interface TrackingEntry {
  date: IsoDate;
  risk_level?: RiskLevel;
  note?: string;
}

/** A decision item (决策事项), `wenping/decision-item@1`. */
export interface DecisionItem {
  schema: "wenping/decision-item@1";
  id: string;
  title: string;
  unit: string;
  category: Category;
  /** A domain code of the workspace's list (see model/domains.ts). */
  domain: Domain;
  sensitive?: SensitiveTag[];
  initial_risk: RiskLevel;
  listed_on: IsoDate;
  overview?: string;
  risks?: { description: string; measure?: string }[];
  assessment?: Assessment;
  decision?: Decision;
  mitigation?: MitigationMeasure[];
  tracking?: TrackingEntry[];
}

/** A domain (领域) of the bureau's work, declared in wenping.yaml. */
export interface DomainEntry {
  code: string;
  name: string;
}

export interface Unit {
  code: string;
  name: string;
}
export interface Agency {
  registration_no: string;
  name: string;
}
export interface Expert {
  id: string;
  name: string;
  field?: string;
  affiliations?: string[];
}

/** The bureau's workspace description, `wenping.yaml` (`wenping/workspace@1`). */
export interface WorkspaceConfig {
  schema: "wenping/workspace@1";
  organization: string;
  units: Unit[];
  agencies?: Agency[];
  experts?: Expert[];
  /** The bureau's domains; the 民政 list of model/vocabulary.ts when absent. */
  domains?: DomainEntry[];
  report?: { preparer?: string; head?: string; phone?: string };
  targets?: { policy_share?: number; third_party_share?: number };
}
