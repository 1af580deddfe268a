import { loadedOptionField } from '../../fields/locators';

/** The app install a request is about, picked from the workspace's installs. */
export const installField = () =>
	loadedOptionField('installId', 'App Install Name or ID', 'getAppInstalls', 'The custom app installed in your workspace');
