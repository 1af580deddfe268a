import { createHash } from 'crypto';
import {
	NodeOperationError,
	type ICredentialDataDecryptedObject,
	type ICredentialsDecrypted,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type IN8nHttpFullResponse,
	type IWebhookFunctions,
} from 'n8n-workflow';

import { apiKeyHeader, apiKeyProblem } from './apiKeyHeader';
import {
	copilotApiError,
	customAppOnlyError,
	failureOf,
	mayHaveBeenDoneError,
	rateLimitedTooLongError,
	reasonOf,
	unreachableError,
} from './errors';
import { collectPages, recordsOf, SMALL_PAGE_SIZE, type PageQuery } from './pagination';
import { pageSizeFor, refusedForItsLimit, rememberLargePagesRefused } from './pageSizes';
import { workspaceLimiter, type RateLimiter } from './rateLimiter';
import { decideRetry, isRepeatable, type AttemptState, type Decision, type Outcome } from './retry';
import { CancelledError, waitUnlessCancelled, type Sleep } from './wait';

export const CREDENTIAL_NAME = 'copilotApi';
const DEFAULT_BASE_URL = 'https://api.assembly.com';
/** Longer than any answer Copilot takes; past it, the request counts as unanswered. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** An upload of a large file to Copilot's storage takes longer than an API call. */
export const STORAGE_TIMEOUT_MS = 600_000;

/** What a storage PUT sends: the bytes in memory, or a stream of the file n8n stored. */
export type StorageBody = Buffer | Awaited<ReturnType<IExecuteFunctions['helpers']['getBinaryStream']>>;

/** The Copilot node's executions and list searches, and the Copilot App Trigger's webhook (its record reads). */
export type CopilotContext = IExecuteFunctions | ILoadOptionsFunctions | IWebhookFunctions;

export interface CopilotRequest {
	method: IHttpRequestMethods;
	/** Starts with `/v1/`; ids in it already URL-encoded (see `resourcePath`). */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	/**
	 * For a create or send: where the user can see whether it was done, said when its answer is lost
	 * (it is then not sent again). A generic hint otherwise.
	 */
	check?: string;
	/** A POST that does no harm when done twice (marking read); other POSTs are never repeated. */
	repeatable?: boolean;
	/** Copilot allows it only to a custom app's key: a 403 then says so. */
	customAppOnly?: boolean;
	/** What the user can do when Copilot refuses with one of these statuses, said in the error's description. */
	explain?: Partial<Record<number, string>>;
}

export interface ListRequest {
	path: string;
	qs?: IDataObject;
	/** Whether the endpoint pages with `limit` and `nextToken`; the others answer everything at once. */
	paginated: boolean;
	/** At most this many records; all of them when left out. */
	max?: number;
	/**
	 * Ask for large pages (Get Many), falling back to 100 a page for a list that refuses them;
	 * dropdowns and lookups leave it out and ask for 100.
	 */
	largePages?: boolean;
}

export interface ClientOptions {
	/** The workspace's shared limiter by default. */
	limiter?: RateLimiter;
	sleep?: Sleep;
	random?: () => number;
	timeoutMs?: number;
	/** How long one request may wait in all for retries; RETRY_POLICY.maxTotalWaitMs by default. */
	maxWaitMs?: number;
}

/** `/v1/clients` + an id → `/v1/clients/<id>`, the id encoded so that it can never leave its segment. */
export function resourcePath(collection: string, id: string, ...rest: string[]): string {
	return [collection, encodeURIComponent(id), ...rest].join('/');
}

/** Query values Copilot should see: empty strings and unset options are left out. */
function compactQuery(qs: IDataObject = {}): IDataObject {
	return Object.fromEntries(Object.entries(qs).filter(([, value]) => value !== undefined && value !== null && value !== ''));
}

/** Connection errors that mean no connection was made, so Copilot received nothing. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** One try: Copilot's answer, or why none came. */
interface Attempt {
	outcome: Outcome;
	response?: IN8nHttpFullResponse;
	reason?: string;
	/** The execution was cancelled while the request was under way. */
	cancelled?: boolean;
}

/**
 * Talks to Copilot's REST API through n8n's authenticated request helper: JSON in and out, every
 * request through the workspace's rate limiter, with a timeout, retried as `retry.ts` decides, and
 * failures turned into n8n API errors carrying Copilot's message.
 */
export class CopilotClient {
	private credentials: Promise<ICredentialsDecrypted> | undefined;

	constructor(
		private readonly context: CopilotContext,
		private readonly options: ClientOptions = {},
	) {}

	async request(request: CopilotRequest): Promise<unknown> {
		const credentials = await this.loadCredentials();
		const problem = apiKeyProblem(credentials.data ?? {});
		if (problem) throw new NodeOperationError(this.context.getNode(), problem, { description: 'Open the Copilot API credential and fill it in.' });
		const baseUrl = baseUrlOf(credentials.data ?? {});
		const limiter = this.options.limiter ?? workspaceLimiter(workspaceKey(baseUrl, credentials.data ?? {}));
		const signal = this.cancelSignal();
		const state = {
			repeatable: request.repeatable ?? isRepeatable(request.method),
			retries: 0,
			waitedMs: 0,
			rateLimitedMs: 0,
			maxWaitMs: this.options.maxWaitMs,
		};
		let earlierAttemptMayHaveWorked = false;
		for (;;) {
			await this.wait(limiter.reserve(), signal);
			const attempt = await this.send(credentials, baseUrl, request, signal);
			if (attempt.cancelled) throw new CancelledError();
			if (attempt.outcome.kind === 'answered') {
				const { status } = attempt.outcome;
				if (status >= 200 && status < 300) return attempt.response?.body;
				// The earlier attempt did delete it; only its answer was lost.
				if (request.method === 'DELETE' && status === 404 && earlierAttemptMayHaveWorked) return deletedRecord(request.path);
				if (status === 429) limiter.rateLimited();
			}
			earlierAttemptMayHaveWorked ||= mayHaveWorked(attempt.outcome);
			const decision = await this.backOff(attempt.outcome, state, signal);
			if (!decision.retry) throw this.failure(request, attempt, baseUrl, decision);
		}
	}

	/**
	 * PUTs a file's bytes to the storage URL Copilot answered a file create with. `body` makes a fresh
	 * body for each attempt (a stream can be read only once). Throws the low-level reason when it fails.
	 */
	async putToStorage(url: string, body: () => Promise<StorageBody>, headers: IDataObject): Promise<void> {
		await this.storageRequest(async () => ({ method: 'PUT', url, body: await body(), headers }));
	}

	/** Reads a file from the signed download URL Copilot answered with: its bytes as a stream, and their type. */
	async readFromStorage(url: string): Promise<{ stream: StorageBody; contentType?: string }> {
		const response = await this.storageRequest(async () => ({ method: 'GET', url, encoding: 'stream' }));
		const contentType = response.headers?.['content-type'];
		return { stream: response.body as StorageBody, contentType: typeof contentType === 'string' ? contentType : undefined };
	}

	/**
	 * A request to the storage host behind Copilot's files (its presigned URLs): without the API key,
	 * which must never leave for another host, and outside Copilot's rate limit. Reading a file or
	 * PUTting the same bytes again is harmless, so it is retried as any repeatable request.
	 */
	private async storageRequest(request: () => Promise<IHttpRequestOptions>): Promise<IN8nHttpFullResponse> {
		const signal = this.cancelSignal();
		const state = { repeatable: true, retries: 0, waitedMs: 0 };
		for (;;) {
			const attempt = await this.sendToStorage(await request(), signal);
			if (attempt.cancelled) throw new CancelledError();
			if (attempt.outcome.kind === 'answered' && attempt.outcome.status < 300) return attempt.response!;
			// An unread streamed error body would hold its connection open.
			(attempt.response?.body as { destroy?: () => void } | undefined)?.destroy?.();
			const decision = await this.backOff(attempt.outcome, state, signal);
			if (!decision.retry) {
				throw new Error(attempt.outcome.kind === 'answered' ? `the storage answered HTTP ${attempt.outcome.status}` : (attempt.reason ?? 'no answer'));
			}
		}
	}

	/** What `retry.ts` decides after an attempt; when it is to try again, the wait is over on return. */
	private async backOff(outcome: Outcome, state: AttemptState, signal: AbortSignal | undefined): Promise<Decision> {
		const decision = decideRetry(outcome, state, this.options.random);
		if (decision.retry) {
			await this.wait(decision.delayMs, signal);
			state.waitedMs += decision.delayMs;
			if (outcome.kind === 'answered' && outcome.status === 429) state.rateLimitedMs = (state.rateLimitedMs ?? 0) + decision.delayMs;
			state.retries++;
		}
		return decision;
	}

	async list({ path, qs, paginated, max, largePages = false }: ListRequest): Promise<IDataObject[]> {
		const query = compactQuery(qs);
		if (!paginated) {
			const records = recordsOf(await this.request({ method: 'GET', path, qs: query }));
			return max === undefined ? records : records.slice(0, max);
		}
		const list = `${baseUrlOf((await this.loadCredentials()).data ?? {})} ${path}`;
		const fetchPage = async (page: PageQuery): Promise<unknown> => {
			const answer = await this.request({ method: 'GET', path, qs: { ...query, ...page } }).then(
				(body) => ({ body }),
				(error: unknown) => ({ error }),
			);
			if ('body' in answer) return answer.body;
			if (page.limit <= SMALL_PAGE_SIZE || !refusedForItsLimit(answer.error)) throw answer.error;
			// Copilot refused the large page: this page again at 100, and every later one.
			rememberLargePagesRefused(list);
			return await this.request({ method: 'GET', path, qs: { ...query, ...page, limit: SMALL_PAGE_SIZE } });
		};
		return await collectPages(path, fetchPage, max, () => pageSizeFor(list, largePages));
	}

	private async wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
		await waitUnlessCancelled(ms, signal, this.options.sleep);
	}

	private cancelSignal(): AbortSignal | undefined {
		const context = this.context as Partial<IExecuteFunctions>;
		return typeof context.getExecutionCancelSignal === 'function' ? context.getExecutionCancelSignal() : undefined;
	}

	private failure(request: CopilotRequest, attempt: Attempt, baseUrl: string, { mayHaveBeenDone, rateLimitedTooLong }: Decision & { retry: false }): Error {
		const node = this.context.getNode();
		if (attempt.outcome.kind === 'answered') {
			const failure = failureOf(attempt.outcome.status, attempt.response?.body);
			if (rateLimitedTooLong) return rateLimitedTooLongError(node, failure);
			if (mayHaveBeenDone) return mayHaveBeenDoneError(node, { failure }, request.check);
			if (failure.status === 403 && request.customAppOnly) return customAppOnlyError(node, failure);
			return copilotApiError(node, failure, request.explain?.[failure.status]);
		}
		const reason = attempt.reason ?? 'no answer';
		return mayHaveBeenDone ? mayHaveBeenDoneError(node, { reason }, request.check) : unreachableError(node, baseUrl, reason);
	}

	private async send(
		credentials: ICredentialsDecrypted,
		baseUrl: string,
		{ method, path, qs, body }: CopilotRequest,
		abortSignal: AbortSignal | undefined,
	): Promise<Attempt> {
		try {
			const response = (await this.context.helpers.httpRequestWithAuthentication.call(
				this.context,
				CREDENTIAL_NAME,
				{
					method,
					url: `${baseUrl}${path}`,
					qs: compactQuery(qs),
					body,
					json: true,
					returnFullResponse: true,
					ignoreHttpStatusErrors: true,
					timeout: this.options.timeoutMs ?? REQUEST_TIMEOUT_MS,
					abortSignal,
				},
				{ credentialsDecrypted: credentials },
			)) as IN8nHttpFullResponse;
			return { outcome: { kind: 'answered', status: response.statusCode, retryAfter: response.headers?.['retry-after'] }, response };
		} catch (error) {
			return failedAttempt(error, abortSignal);
		}
	}

	private async sendToStorage(request: IHttpRequestOptions, abortSignal: AbortSignal | undefined): Promise<Attempt> {
		try {
			const response = (await this.context.helpers.httpRequest({
				...request,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				timeout: this.options.timeoutMs ?? STORAGE_TIMEOUT_MS,
				abortSignal,
			})) as IN8nHttpFullResponse;
			return { outcome: { kind: 'answered', status: response.statusCode, retryAfter: response.headers?.['retry-after'] }, response };
		} catch (error) {
			return failedAttempt(error, abortSignal);
		}
	}

	/**
	 * The credential, read once per execution (n8n would otherwise load and decrypt it again for
	 * every request, every page of a list) and handed to n8n's helper, which still authenticates
	 * each request with it.
	 */
	private loadCredentials(): Promise<ICredentialsDecrypted> {
		this.credentials ??= this.context.getCredentials(CREDENTIAL_NAME).then((data) => {
			const { id, name } = this.context.getNode().credentials?.[CREDENTIAL_NAME] ?? {};
			return { id: id ?? '', name: name ?? '', type: CREDENTIAL_NAME, data };
		});
		return this.credentials;
	}
}

/** An attempt that got no answer: whether a connection was made at all, and why it failed. */
function failedAttempt(error: unknown, abortSignal: AbortSignal | undefined): Attempt {
	const code = (error as { code?: unknown }).code;
	const kind = typeof code === 'string' && NOT_SENT_CODES.has(code) ? 'notSent' : 'noAnswer';
	return { outcome: { kind }, reason: reasonOf(error), cancelled: code === 'ERR_CANCELED' || abortSignal?.aborted === true };
}

/** Whether Copilot may have done what an attempt asked, though the answer says otherwise or is lost. */
function mayHaveWorked(outcome: Outcome): boolean {
	return outcome.kind === 'noAnswer' || (outcome.kind === 'answered' && (outcome.status >= 500 || outcome.status === 408));
}

/** What a DELETE answers, for one whose answer was lost and whose retry found the record gone. */
function deletedRecord(path: string): IDataObject {
	const id = decodeURIComponent(path.split('/').pop() ?? '');
	return { id, deleted: true };
}

function baseUrlOf({ baseUrl }: ICredentialDataDecryptedObject): string {
	const configured = typeof baseUrl === 'string' ? baseUrl.trim().replace(/\/+$/, '') : '';
	return configured === '' ? DEFAULT_BASE_URL : configured;
}

/**
 * Which workspace a credential reaches: its Base URL and a digest of the key it sends (two credentials
 * holding the same key share Copilot's limit; the key itself is not kept).
 */
function workspaceKey(baseUrl: string, credentials: ICredentialDataDecryptedObject): string {
	return `${baseUrl} ${createHash('sha256').update(apiKeyHeader(credentials)).digest('hex').slice(0, 32)}`;
}
