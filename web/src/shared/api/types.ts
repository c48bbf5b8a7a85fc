import type { GenerationEvents } from './generated/generationEvents';
/** JSON shapes of the Vectort API (docs/API.md). */

/** What sign-in and refresh answer the web app: its refresh token is an HttpOnly cookie, not here. */
export interface TokenPair {
  accessToken: string;
  expiresIn: number;
  tokenType: string;
}

/** What sign-in answers instead of tokens when the account has a second factor. */
export interface SecondFactorChallenge {
  mfaRequired: true;
  challenge: string;
  /** `totp`, `recovery_code`, later `sms`. */
  methods: string[];
  expiresIn: number;
}

/** The outcome of a password (or provider) sign-in. */
export type SignInResult =
  { kind: 'signed-in' } | { kind: 'mfa-required'; challenge: string; methods: string[]; expiresIn: number };

export interface User {
  id: string;
  email: string;
  /** Whether the owner opened a verification (or password-reset) link sent to this address. */
  emailVerified?: boolean;
  /** Hosts the instance: sees the admin console. */
  platformAdmin?: boolean;
}

/** The answer to a sign-up: the same for a new address and one that already has an account. */
export interface Registration {
  email: string;
  /** `required`: confirm the address (emailed link) before signing in; `optional`: sign in now. */
  emailVerification: 'required' | 'optional';
}

export interface Framework {
  id: string;
  label: string;
  language: string;
  buildCommand: string;
  /** How the UI can preview it: `static`, `vite` or `none`. */
  preview: 'static' | 'vite' | 'none' | string;
}

export interface AppType {
  id: string;
  label: string;
  description: string;
}

export interface Catalog {
  frameworks: Framework[];
  types: AppType[];
}

export interface Project {
  id: string;
  name: string;
  description: string;
  currentVersion: number;
  createdAt: string;
  updatedAt: string;
}

export interface ProjectPage {
  items: Project[];
  page: number;
  size: number;
  totalItems: number;
}

/** The statuses a generation's `status` event can carry (generated from the server's event records). */
export type GenerationStatus = GenerationEvents['status']['status'];

export const TERMINAL_STATUSES: readonly GenerationStatus[] = ['succeeded', 'failed', 'cancelled'];

export function isTerminal(status: string): boolean {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}

export interface GeneratorIdentity {
  id: string;
  /** `starter` for the offline starter (not AI), `llm` for AI models. */
  kind: string;
  label: string;
}

/** How a generation's app type or framework was decided (docs/API.md, `typeReason`, `frameworkReason`). */
export interface ChoiceReason {
  /** `chosen` by the person, read from the `description`, `kept` from the project, or the `default`. */
  source: 'chosen' | 'description' | 'kept' | 'default';
  /** The words of the description that decided it, as written; only for `description`. */
  evidence?: string | null;
}

export interface Generation {
  id: string;
  projectId: string;
  status: GenerationStatus;
  description: string;
  /** The resolved framework: never `auto`. */
  framework: string;
  /** Absent on generations the client made up before the server answered. */
  frameworkReason?: ChoiceReason | null;
  /** The resolved app type: never `auto`. */
  type: string;
  /** Absent on generations the client made up before the server answered. */
  typeReason?: ChoiceReason | null;
  model: string | null;
  forceRegenerate: boolean;
  generator: GeneratorIdentity;
  attempts: number;
  baseVersion: number;
  version: number | null;
  summary: string | null;
  error: { code: string; message: string } | null;
  usage: unknown;
  /** Where a replayed cached answer was found; null (or absent) when a generator ran. Nothing is charged for a hit. */
  cacheHit?: 'l1' | 'l2' | 'l3' | 'similar' | null;
  /**
   * 1 or 2: Vectort started this run itself, as automatic fix round N after a failed build (free);
   * its description is then a machine-written prompt holding the build log. 0 or absent: a person's.
   */
  fixRound?: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  eventsUrl: string;
}

export interface GenerationAccepted {
  id: string;
  status: GenerationStatus;
  eventsUrl: string;
  projectId: string;
  generator: GeneratorIdentity;
  type: string;
  typeReason: ChoiceReason;
  framework: string;
  frameworkReason: ChoiceReason;
}

export interface GenerateRequest {
  description: string;
  /** A framework id from the catalog, or `auto`: the server reads it from the description (or keeps the project's). */
  framework: string;
  /** A type id from the catalog, or `auto`: the server reads it from the description. */
  type: string;
}

export interface Version {
  number: number;
  generationId: string | null;
  summary: string | null;
  fileCount: number;
  totalBytes: number;
  createdAt: string;
}

export interface VersionFileEntry {
  path: string;
  size: number;
  sha256: string;
}

export interface TreeNode {
  name: string;
  path: string;
  type: 'file' | 'directory';
  size?: number | null;
  children?: TreeNode[] | null;
}

export interface VersionFiles {
  version: number;
  files: VersionFileEntry[];
  tree: TreeNode[];
}

export interface FileContent {
  path: string;
  size: number;
  content: string;
}

export type PreviewStatus = 'ready' | 'building' | 'unavailable' | 'failed';

export interface Preview {
  status: PreviewStatus;
  url?: string | null;
  reason?: string | null;
}
