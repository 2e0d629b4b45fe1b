/** The column lists both back ends select for the report, aliased to the row schemas' field names. */
export const questionColumns = `at, platform, workspace_id AS "workspaceId", text, outcome,
  pain_point AS "painPoint", entry_id AS "entryId", confidence, channel_mode AS "channelMode",
  question_id AS "questionId", user_key AS "userKey"`;

export const feedbackColumns = `at, platform, workspace_id AS "workspaceId", entry_id AS "entryId",
  pain_point AS "painPoint", vote, comment, user_key AS "userKey"`;

export const escalationColumns = `at, platform, workspace_id AS "workspaceId", channel_mode AS "channelMode",
  pain_point AS "painPoint", entry_id AS "entryId", resolved_at AS "resolvedAt", question_id AS "questionId",
  user_key AS "userKey"`;

export const signalColumns = `at, question_id AS "questionId", signal, text, entry_id AS "entryId", platform,
  user_key AS "userKey"`;

export const gapVoteColumns = `at, question_id AS "questionId", text, pain_point AS "painPoint", outcome, platform,
  workspace_id AS "workspaceId", user_key AS "userKey"`;
