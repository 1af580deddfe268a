// Types of the fake Copilot API (index.js) for the TypeScript tests.
import type { IDataObject } from 'n8n-workflow';

/** A record as Copilot answers it; ids of related records (companyId, ...) are strings. */
export type FakeRecord = IDataObject & { id: string; object: string; createdAt?: string; updatedAt?: string; companyId?: string; clientId?: string };

/**
 * The kinds the store holds: Copilot's resources, and "upload" (a file's uploaded bytes, by file id).
 * Store methods take a plain string so tests can pass a kind they computed; an unknown kind throws.
 */
export type FakeKind =
	| 'workspace'
	| 'client'
	| 'company'
	| 'internalUser'
	| 'task'
	| 'taskComment'
	| 'taskTemplate'
	| 'message'
	| 'messageChannel'
	| 'note'
	| 'file'
	| 'fileChannel'
	| 'invoice'
	| 'invoiceTemplate'
	| 'payment'
	| 'product'
	| 'price'
	| 'subscription'
	| 'subscriptionTemplate'
	| 'contract'
	| 'contractTemplate'
	| 'form'
	| 'formResponse'
	| 'customField'
	| 'customFieldOption'
	| 'notification'
	| 'appInstall'
	| 'appConnection'
	| 'upload';

export interface RecordedRequest {
	/** Which of the fake's servers got it: Copilot's API, or the storage host of its files. */
	host: 'api' | 'storage';
	method: string;
	path: string;
	query: Record<string, string>;
	/** Parsed JSON; the raw text when the body is not JSON; undefined when there is none. */
	body: IDataObject | string | undefined;
	/** The X-API-KEY header as sent. */
	apiKey: string | undefined;
	/** Which kind of key the header holds, once checked: a workspace key, or a custom app's (`<workspaceId>/<appKey>`). */
	keyKind?: 'workspace' | 'customApp';
	/** 0 until answered. */
	status: number;
	/** Date.now() when it arrived. */
	at: number;
	/** Date.now() when it was answered; unset while it is not. */
	answeredAt?: number;
	/** Set when an injected failure cut the connection instead of answering. */
	hungUp?: boolean;
	/** The JSON answer as sent, when the answer was JSON. */
	answer?: unknown;
}

export interface FakeStore {
	/** Stores a record with a new id, `object` (the kind) and timestamps, unless `fields` sets them. */
	add(kind: string, fields?: Record<string, unknown>): FakeRecord;
	get(kind: string, id: string): FakeRecord | undefined;
	/** The record, or throws Copilot's 404 "<label> not found". */
	find(kind: string, id: string, label: string): FakeRecord;
	/** Every record of the kind, in the order they were added. */
	list(kind: string): FakeRecord[];
	update(kind: string, id: string, changes: Record<string, unknown>): FakeRecord;
	remove(kind: string, id: string): boolean;
	clear(): void;
}

/** What `seedDemo` made, by kind, in the order made. */
export interface DemoWorkspace {
	workspace: FakeRecord;
	companies: FakeRecord[];
	clients: FakeRecord[];
	internalUsers: FakeRecord[];
	customFields: FakeRecord[];
	customFieldOptions: FakeRecord[];
	taskTemplates: FakeRecord[];
	tasks: FakeRecord[];
	/** On the first task: a comment by a client, a reply by an internal user, a comment by the same client. */
	taskComments: FakeRecord[];
	messageChannels: FakeRecord[];
	fileChannels: FakeRecord[];
	messages: FakeRecord[];
	files: FakeRecord[];
	notes: FakeRecord[];
	notifications: FakeRecord[];
	products: FakeRecord[];
	prices: FakeRecord[];
	invoiceTemplates: FakeRecord[];
	invoices: FakeRecord[];
	payments: FakeRecord[];
	subscriptionTemplates: FakeRecord[];
	forms: FakeRecord[];
	contractTemplates: FakeRecord[];
	contracts: FakeRecord[];
	appInstalls: FakeRecord[];
}

export interface InjectedFailure {
	/** The answer's status; without one, the request is answered as usual (slowly, or with `repeatToken`). */
	status?: number;
	/** How many matching requests fail; 1 by default. */
	count?: number;
	method?: string;
	/** The exact pathname, e.g. "/v1/clients/abc". */
	path?: string;
	/** The answer's body: JSON for an object, text for a string; Copilot's error body for the status by default. */
	body?: unknown;
	/** Carry the request out first (a write is done), then answer `status` or hang up. */
	afterWrite?: boolean;
	/** Answer this many milliseconds late. */
	delayMs?: number;
	/** Cut the connection instead of answering. */
	hangUp?: boolean;
	/** Answer a list page with the page token it was asked with, so that the list never ends. */
	repeatToken?: boolean;
	/** Headers the answer carries, such as `{ 'retry-after': '3' }`. */
	headers?: Record<string, string>;
	/** Hold every answer until all `count` matching requests have arrived (each carried out first with `afterWrite`). */
	together?: boolean;
}

export interface FakeCopilotApi {
	/** e.g. "http://127.0.0.1:41234", no trailing slash: the Base URL for the credential. */
	url: string;
	/** The storage host of files' upload and download URLs, e.g. "http://127.0.0.2:41235". */
	storageUrl: string;
	store: FakeStore;
	/** Every request received, in order (cleared in place by clearRequests); `hungUp` when the fake cut it. */
	requests: RecordedRequest[];
	/** The seeded records; only set when started with `seed: 'demo'`. */
	demo: DemoWorkspace;
	/** The workspace id a custom app's key must be sent with: `<workspaceId>/<appApiKey>`. */
	readonly workspaceId: string;
	/** The custom app's key the fake accepts (in the form above). */
	appApiKey: string;
	clearRequests(): void;
	/** The next `count` requests matching `method` and `path` fail as `failure` says (see failures.js). */
	failNext(failure: InjectedFailure): void;
	/** Forgets the failures not spent yet. */
	clearFailures(): void;
	/** Fills the rate limit's bucket, as a quiet second would. */
	refillRateLimit(): void;
	/** Resolves once `count` (1 by default) more requests matching `matches` have arrived, before they are answered. */
	waitForRequests(matches: (request: RecordedRequest) => boolean, count?: number): Promise<void>;
	/** Resolves once the answers to `count` (1 by default) more matching requests have been handed to the network in full. */
	waitForAnswers(matches: (request: RecordedRequest) => boolean, count?: number): Promise<void>;
	/**
	 * How every list answers a `limit` above 100 from now on: 'serve' (the default: the lists Copilot's
	 * apps read in large pages serve it, the others 100), 'refuse' (400 naming limit) or 'cap' (100, silently).
	 */
	setPageMode(mode: 'serve' | 'refuse' | 'cap'): void;
	stats(): { requests: number; byStatus: Record<string, number> };
	/** Bulk clients, in one new company unless `overrides.companyId` is given. */
	seedClients(count: number, overrides?: Record<string, unknown>): FakeRecord[];
	/** Closes the server and its keep-alive connections. */
	stop(): Promise<void>;
}

export interface FakeCopilotApiOptions {
	/** The workspace key, accepted as the X-API-KEY header as it is; 'test-api-key' by default. */
	apiKey?: string;
	/** A custom app's key, accepted as `<workspaceId>/<appApiKey>` (then `/<tokenId>`); 'test-app-key' by default. */
	appApiKey?: string;
	/** A token bucket; { perSecond: 20, burst: 20 } by default, `false` for none; `now` (ms) is its clock. */
	rateLimit?: { perSecond: number; burst?: number; now?: () => number } | false;
	seed?: 'demo';
	/** 0 (a free port) by default. */
	port?: number;
	/** '127.0.0.1' by default. */
	host?: string;
	/** Where file bytes are uploaded to and downloaded from: 127.0.0.2 beside 127.0.0.1 on Linux, else `host`. */
	storageHost?: string;
}

export function startFakeCopilotApi(options?: FakeCopilotApiOptions): Promise<FakeCopilotApi>;

export function createStore(): FakeStore;
export function seedDemo(store: FakeStore): DemoWorkspace;
export function seedClients(store: FakeStore, count: number, overrides?: Record<string, unknown>): FakeRecord[];

/** Copilot's rate limit; `now` (ms) is injectable for tests. `take()` is false when a request must be refused. */
/** A custom-app token whose payload is `payload` as JSON, sealed as Copilot does with the app's key (app-token.js). */
export function mintAppToken(appApiKey: string, payload: unknown, options?: SealOptions): string;
/** Seals any plaintext as a custom-app token; `pad` replaces the PKCS#7 padding (for tests of a wrong one). */
export function sealAppToken(appApiKey: string, plaintext: Buffer | string, options?: SealOptions): string;
export interface SealOptions {
	iv?: Buffer;
	pad?: (plaintext: Buffer) => Buffer;
}

/** Who opens a custom app: a client, a team member, or both for a team member's preview as that client. */
export interface AppViewer {
	clientId?: string;
	internalUserId?: string;
}
/** The token Copilot would open the app with for `viewer` (portal.js). */
export function appTokenFor(api: FakeCopilotApi, viewer: AppViewer): string;
export interface FakePortal {
	url: string;
	/** The portal page showing the app to `viewer`, or framing `{ token }`. */
	viewUrl(viewer: AppViewer | { token: string }): string;
	stop(): Promise<void>;
}
/** A page on its own loopback address (127.0.0.3 by default) that frames the app at `appUrl` with a token, as Copilot's portal does. */
export function startFakePortal(options: { api: FakeCopilotApi; appUrl: string; host?: string; port?: number }): Promise<FakePortal>;
export function createTokenBucket(
	limit?: { perSecond?: number; burst?: number; now?: () => number },
	now?: () => number,
): { take(): boolean; refill(): void };
