import { NodeConnectionTypes, type IExecuteFunctions, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { nodeProperties } from './actions/description';
import { RESOURCES } from './actions/resources';
import { route } from './actions/router';
import * as loadOptions from './methods/loadOptions';
import * as listSearch from './methods/listSearch';

export class Copilot implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Copilot',
		name: 'copilot',
		icon: { light: 'file:copilot.svg', dark: 'file:copilot.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Act on Copilot (Assembly): clients, companies, tasks, messages, files, invoices and more',
		defaults: { name: 'Copilot' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'copilotApi', required: true }],
		properties: nodeProperties(RESOURCES, 'client'),
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions) {
		return await route.call(this);
	}
}
