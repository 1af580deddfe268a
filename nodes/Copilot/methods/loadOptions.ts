import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { CopilotClient } from '../transport/client';

interface OptionSource {
	path: string;
	paginated: boolean;
	qs?: IDataObject;
	name: (record: IDataObject) => string;
	/** The record field that becomes the option's value; the id unless said otherwise. */
	value?: string;
}

/** Every record of a (short) Copilot list as dropdown options, sorted by name. */
async function optionsFrom(context: ILoadOptionsFunctions, source: OptionSource): Promise<INodePropertyOptions[]> {
	const records = await new CopilotClient(context).list(source);
	return records
		.map((record) => ({
			name: source.name(record) || String(record.id),
			value: String(record[source.value ?? 'id']),
			description: typeof record.description === 'string' ? record.description : undefined,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

const named = (record: IDataObject) => String(record.name ?? '');
const fieldLabel = (record: IDataObject) => `${String(record.name ?? record.key)} (${String(record.type ?? 'field')})`;

export async function getAppInstalls(this: ILoadOptionsFunctions) {
	return await optionsFrom(this, { path: '/v1/installs', paginated: false, name: (record) => String(record.displayName ?? record.appId ?? '') });
}

export async function getTaskTemplates(this: ILoadOptionsFunctions) {
	return await optionsFrom(this, { path: '/v1/task-templates', paginated: true, name: named });
}

export async function getContractTemplates(this: ILoadOptionsFunctions) {
	return await optionsFrom(this, { path: '/v1/contract-templates', paginated: true, name: named });
}

export async function getForms(this: ILoadOptionsFunctions) {
	return await optionsFrom(this, { path: '/v1/forms', paginated: true, name: named });
}

export async function getCustomFields(this: ILoadOptionsFunctions) {
	return await optionsFrom(this, {
		path: '/v1/custom-fields',
		paginated: false,
		name: (record) => `${fieldLabel(record)} of ${String(record.entityType ?? 'any')}`,
	});
}

export async function getClientCustomFields(this: ILoadOptionsFunctions) {
	return await optionsFrom(this, {
		path: '/v1/custom-fields',
		paginated: false,
		qs: { entityType: 'client' },
		name: fieldLabel,
		value: 'key',
	});
}

export async function getCompanyCustomFields(this: ILoadOptionsFunctions) {
	return await optionsFrom(this, {
		path: '/v1/custom-fields',
		paginated: false,
		qs: { entityType: 'company' },
		name: fieldLabel,
		value: 'key',
	});
}
