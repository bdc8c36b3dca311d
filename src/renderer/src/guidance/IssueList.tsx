/** Field issues as "path: message" lines, the path in code type (an empty path is the request itself). */
export function IssueList({ issues }: { issues: ReadonlyArray<{ path: string; msg: string }> }) {
  if (issues.length === 0) return null
  return (
    <ul className="error-specifics">
      {issues.map((issue, i) => (
        <li key={`${issue.path}-${i}`}>
          <code>{issue.path || '(request)'}</code>: {issue.msg}
        </li>
      ))}
    </ul>
  )
}
