import { appConnection } from './appConnection';
import { appInstall } from './appInstall';
import { client } from './client';
import { company } from './company';
import { contract } from './contract';
import { contractTemplate } from './contractTemplate';
import { customField } from './customField';
import { file } from './file';
import { fileChannel } from './fileChannel';
import { form } from './form';
import { formResponse } from './formResponse';
import { internalUser } from './internalUser';
import { invoice } from './invoice';
import { invoiceTemplate } from './invoiceTemplate';
import { message } from './message';
import { messageChannel } from './messageChannel';
import { note } from './note';
import { notification } from './notification';
import { payment } from './payment';
import { price } from './price';
import { product } from './product';
import { subscription } from './subscription';
import { subscriptionTemplate } from './subscriptionTemplate';
import { task } from './task';
import { taskComment } from './taskComment';
import { taskTemplate } from './taskTemplate';
import { workspace } from './workspace';
import type { CopilotResource } from './types';

/** Every resource of Copilot's API the node offers. */
export const RESOURCES: CopilotResource[] = [
	appConnection,
	appInstall,
	client,
	company,
	contract,
	contractTemplate,
	customField,
	file,
	fileChannel,
	form,
	formResponse,
	internalUser,
	invoice,
	invoiceTemplate,
	message,
	messageChannel,
	note,
	notification,
	payment,
	price,
	product,
	subscription,
	subscriptionTemplate,
	task,
	taskComment,
	taskTemplate,
	workspace,
];
