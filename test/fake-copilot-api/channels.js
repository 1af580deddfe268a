// Message channels and file channels: who is in them decides which ids are required.
const { invalid, requireFields, requireOneOf } = require('./errors');

const MEMBERSHIP_TYPES = ['individual', 'group', 'company'];

function channelFields(body) {
	requireFields(body, 'membershipType');
	requireOneOf(body, 'membershipType', MEMBERSHIP_TYPES);
	if (body.membershipType === 'individual') requireFields(body, 'clientId');
	if (body.membershipType === 'company') requireFields(body, 'companyId');
	if (body.membershipType === 'group' && !(Array.isArray(body.memberIds) && body.memberIds.length > 0)) {
		throw invalid('memberIds is required for group channels');
	}
	const memberIds = body.membershipType === 'individual' ? [body.clientId] : (body.memberIds ?? []);
	return { ...body, memberIds };
}

const memberOf = (record, query) => query.memberId === undefined || (record.memberIds ?? []).includes(query.memberId);

module.exports = { channelFields, memberOf };
