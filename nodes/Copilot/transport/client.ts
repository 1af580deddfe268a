import {
	sleep,
	type ICredentialDataDecryptedObject,
	type ICredentialsDecrypted,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestMethods,
	type ILoadOptionsFunctions,
	type IN8nHttpFullResponse,
} from 'n8n-workflow';

import { copilotApiError, failureOf, unreachableError } from './errors';
import type { RequestPacer } from './pacer';
import { collectPages, recordsOf } from './pagination';
import { isRetryable, RETRY_POLICY, retryDelayMs } from './retry';

export const CREDENTIAL_NAME = 'copilotApi';
const DEFAULT_BASE_URL = 'https://api.assembly.com';

export type CopilotContext = IExecuteFunctions | ILoadOptionsFunctions;

export interface CopilotRequest {
	method: IHttpRequestMethods;
	/** Starts with `/v1/`; ids in it already URL-encoded (see `resourcePath`). */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
}

export interface ListRequest {
	path: string;
	qs?: IDataObject;
	/** Whether the endpoint pages with `limit` and `nextToken`; the others answer everything at once. */
	paginated: boolean;
	/** At most this many records; all of them when left out. */
	max?: number;
}

/** `/v1/clients` + an id → `/v1/clients/<id>`, the id encoded so that it can never leave its segment. */
export function resourcePath(collection: string, id: string, ...rest: string[]): string {
	return [collection, encodeURIComponent(id), ...rest].join('/');
}

/** Query values Copilot should see: empty strings and unset options are left out. */
function compactQuery(qs: IDataObject = {}): IDataObject {
	return Object.fromEntries(Object.entries(qs).filter(([, value]) => value !== undefined && value !== null && value !== ''));
}

/**
 * Talks to Copilot's REST API through n8n's authenticated request helper: JSON in and out, 429 and
 * 5xx retried after a wait (and, after a 429, the pacer keeps the rest of the execution under the
 * limit), other failures turned into n8n API errors carrying Copilot's message.
 */
export class CopilotClient {
	private credentials: Promise<ICredentialsDecrypted> | undefined;

	constructor(
		private readonly context: CopilotContext,
		private readonly pacer?: RequestPacer,
		private readonly wait: (ms: number) => Promise<void> = sleep,
	) {}

	async request(request: CopilotRequest): Promise<unknown> {
		const credentials = await this.loadCredentials();
		const baseUrl = baseUrlOf(credentials.data ?? {});
		for (let retry = 0; ; retry++) {
			await this.pacer?.beforeRequest();
			const response = await this.send(credentials, baseUrl, request);
			const status = response.statusCode;
			if (status >= 200 && status < 300) return response.body;
			if (status === 429) this.pacer?.rateLimited();
			if (isRetryable(status) && retry < RETRY_POLICY.maxRetries) {
				await this.wait(retryDelayMs(status, retry, response.headers?.['retry-after']));
				continue;
			}
			throw copilotApiError(this.context.getNode(), failureOf(status, response.body));
		}
	}

	async list({ path, qs, paginated, max }: ListRequest): Promise<IDataObject[]> {
		const query = compactQuery(qs);
		if (!paginated) {
			const records = recordsOf(await this.request({ method: 'GET', path, qs: query }));
			return max === undefined ? records : records.slice(0, max);
		}
		return await collectPages((page) => this.request({ method: 'GET', path, qs: { ...query, ...page } }), max);
	}

	private async send(
		credentials: ICredentialsDecrypted,
		baseUrl: string,
		{ method, path, qs, body }: CopilotRequest,
	): Promise<IN8nHttpFullResponse> {
		try {
			return (await this.context.helpers.httpRequestWithAuthentication.call(
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
				},
				{ credentialsDecrypted: credentials },
			)) as IN8nHttpFullResponse;
		} catch (error) {
			throw unreachableError(this.context.getNode(), baseUrl, error);
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

function baseUrlOf({ baseUrl }: ICredentialDataDecryptedObject): string {
	const configured = typeof baseUrl === 'string' ? baseUrl.trim().replace(/\/+$/, '') : '';
	return configured === '' ? DEFAULT_BASE_URL : configured;
}
