/** The column lists both back ends select for the report, aliased to the row schemas' field names. */
export const questionColumns = `at, platform, workspace_id AS "workspaceId", text, outcome,
  pain_point AS "painPoint", entry_id AS "entryId", confidence`;

export const feedbackColumns = `at, platform, workspace_id AS "workspaceId", entry_id AS "entryId",
  pain_point AS "painPoint", vote, comment`;
