// Message channels and file channels share their rules: who is in them decides which ids are required.
const { companyForClient, enforce } = require('./server-rules');

const hasIds = (value) => Array.isArray(value) && value.length > 0;

/** The fields of a new channel, checked; members and the entity it belongs to filled in as Copilot does. */
function channelFields(store, body) {
	const { membershipType } = body;
	enforce('channel-members', membershipType !== 'individual' || Boolean(body.clientId), 'clientId is required for individual channels');
	enforce('channel-members', membershipType !== 'company' || Boolean(body.companyId), 'companyId is required for company channels');
	enforce('channel-members', membershipType !== 'group' || hasIds(body.memberIds), 'memberIds is required for group channels');
	const companyId = membershipType === 'individual' ? companyForClient(store, body.clientId, body.companyId) : body.companyId;
	const memberIds = membershipType === 'individual' ? [body.clientId] : (body.memberIds ?? []);
	const membershipEntityId = body.membershipEntityId ?? (membershipType === 'company' ? body.companyId : body.clientId);
	return {
		...body,
		memberIds,
		...(companyId === undefined ? {} : { companyId }),
		...(membershipEntityId === undefined ? {} : { membershipEntityId }),
	};
}

/** The `memberId` filter: the channel has that member (no filter, every channel). */
const hasMember = (record, query) => !query.memberId || (record.memberIds ?? []).includes(query.memberId);

module.exports = { channelFields, hasMember };
