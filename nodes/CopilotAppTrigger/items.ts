import type { IDataObject } from 'n8n-workflow';

import type { AppRequest } from './request';
import type { AppTokenPayload } from './tokenPayload';

/**
 * The one item a request starts the workflow with: who is looking (from the token), what the page
 * asked (query and form, without the token) and the records read for it. The token itself is never
 * in it: n8n keeps items in its execution data, and the token opens the app as that viewer.
 */
export function appItem(payload: AppTokenPayload, request: AppRequest, records: IDataObject = {}): IDataObject {
	return {
		viewer: payload.viewer,
		workspaceId: payload.workspaceId,
		clientId: payload.clientId,
		companyId: payload.companyId,
		internalUserId: payload.internalUserId,
		notificationId: payload.notificationId,
		method: request.method,
		query: request.query,
		form: request.form,
		...records,
	};
}
