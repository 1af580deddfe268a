// Message channels and file channels share their rules: who is in them decides which ids are required.
const { invalid } = require('./errors');
const { requireFields, requireOneOf } = require('./validation');

const MEMBERSHIP_TYPES = ['individual', 'group', 'company'];

/** The fields of a new channel, checked; members and the entity it belongs to filled in as Copilot does. */
function channelFields(body) {
	requireFields(body, 'membershipType');
	requireOneOf(body, 'membershipType', MEMBERSHIP_TYPES);
	if (body.membershipType === 'individual') requireFields(body, 'clientId');
	if (body.membershipType === 'company') requireFields(body, 'companyId');
	if (body.membershipType === 'group' && !(Array.isArray(body.memberIds) && body.memberIds.length > 0)) {
		throw invalid('memberIds is required for group channels');
	}
	const memberIds = body.membershipType === 'individual' ? [body.clientId] : (body.memberIds ?? []);
	const membershipEntityId = body.membershipEntityId ?? (body.membershipType === 'company' ? body.companyId : body.clientId);
	return { ...body, memberIds, ...(membershipEntityId === undefined ? {} : { membershipEntityId }) };
}

/** The `memberId` filter: the channel has that member (no filter, every channel). */
const hasMember = (record, query) => !query.memberId || (record.memberIds ?? []).includes(query.memberId);

module.exports = { channelFields, hasMember };
