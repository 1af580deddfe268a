// Types of the fake Copilot API (index.js) for the TypeScript tests.
import type { IDataObject } from 'n8n-workflow';

/** A record as Copilot answers it; ids of related records (companyId, ...) are strings. */
export type FakeRecord = IDataObject & { id: string; object: string; companyId?: string; clientId?: string };

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	body: IDataObject | string | undefined;
	apiKey: string | undefined;
	status: number;
	at: number;
}

export interface FakeStore {
	add(kind: string, fields?: Record<string, unknown>): FakeRecord;
	get(kind: string, id: string): FakeRecord | undefined;
	list(kind: string): FakeRecord[];
	update(kind: string, id: string, fields: Record<string, unknown>): FakeRecord;
	remove(kind: string, id: string): boolean;
	clear(): void;
}

export interface DemoWorkspace {
	workspace: FakeRecord;
	companies: FakeRecord[];
	clients: FakeRecord[];
	internalUsers: FakeRecord[];
	customFields: FakeRecord[];
	customFieldOptions: FakeRecord[];
	taskTemplates: FakeRecord[];
	tasks: FakeRecord[];
	messageChannels: FakeRecord[];
	fileChannels: FakeRecord[];
	notes: FakeRecord[];
	products: FakeRecord[];
	prices: FakeRecord[];
	invoiceTemplates: FakeRecord[];
	invoices: FakeRecord[];
	payments: FakeRecord[];
	subscriptionTemplates: FakeRecord[];
	forms: FakeRecord[];
	contractTemplates: FakeRecord[];
}

export interface FakeCopilotApi {
	url: string;
	store: FakeStore;
	requests: RecordedRequest[];
	/** The seeded records, when started with `seed: 'demo'`. */
	demo: DemoWorkspace;
	clearRequests(): void;
	failNext(failure: { status: number; count?: number; method?: string; path?: string; body?: unknown }): void;
	stats(): { requests: number; byStatus: Record<string, number> };
	seedClients(count: number, overrides?: Record<string, unknown>): FakeRecord[];
	stop(): Promise<void>;
}

export function startFakeCopilotApi(options?: {
	apiKey?: string;
	rateLimit?: { perSecond: number; burst?: number } | false;
	seed?: 'demo';
	port?: number;
	host?: string;
}): Promise<FakeCopilotApi>;

export function createStore(): FakeStore;
export function seedDemo(store: FakeStore): DemoWorkspace;
export function seedClients(store: FakeStore, count: number, overrides?: Record<string, unknown>): FakeRecord[];
