import { useQueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { AllRecords } from './AllRecords'
import { operationPrefix } from '../../../query/query-keys'
import { useApiQuery } from '../../../query/use-api-query'
import { useDebouncedValue } from '../../../query/use-debounced-value'
import { useProfilesStore } from '../../../stores/profiles-store'
import { ErrorFilters } from './ErrorFilters'
import { ExportButtons } from './ExportButtons'
import { operationOptions, profileOptions } from './filter-options'
import { GroupList } from './GroupList'
import { ImportLogFile } from './ImportLogFile'
import { KindChips } from './KindChips'
import { isFiltered, listFilter } from './list-filter'
import { useErrorListParams, type ErrorListState } from './list-params'
import { ListStates } from './ListStates'
import { LogReadNotes } from './LogReadNotes'
import { ImportedBanner, SourceSwitch, ViewSwitch } from './SourceSwitch'
import { useGroupPages } from './use-group-pages'
import { useKindCounts } from './use-kind-counts'
import './error-list.css'

/** How long the search box must rest before the list is searched. */
export const SEARCH_DEBOUNCE_MS = 250

/**
 * The error log as issue rows: source switch, filters kept in the address, counts per kind, export and
 * import, and the grouped list with its loading, empty and error states. Every read is console-local.
 */
export function ErrorList() {
  const client = useQueryClient()
  const { state, update, clear } = useErrorListParams()
  // Relative ranges ("last hour") count back from when they were chosen or refreshed, so the cache key holds still.
  const [anchor, setAnchor] = useState(() => Date.now())
  const search = useDebouncedValue(state.search, SEARCH_DEBOUNCE_MS)
  const filter = useMemo(() => listFilter(state, anchor, search), [state, anchor, search])
  const pages = useGroupPages(filter)
  const kinds = useKindCounts(filter, pages.summary?.kinds)
  // How many records an import would replace (unknown, so no question, if the read fails).
  const info = useApiQuery('errorLog.info', {}, { local: true, refresh: false })
  const storeProfiles = useProfilesStore((s) => s.profiles)
  // Judged on what was asked (the settled search), so the count never says "match" for text not searched yet.
  const filtered = isFiltered({ ...state, search })

  const change = (patch: Partial<ErrorListState>) => {
    if ('range' in patch) setAnchor(Date.now())
    update(patch)
  }
  const refresh = () => {
    setAnchor(Date.now())
    void Promise.all((['errorLog.groups', 'errorLog.query'] as const).map((op) => client.invalidateQueries({ queryKey: operationPrefix('local', op) })))
  }
  const summary = pages.summary
  const empty = summary !== undefined && summary.totalRecords === 0

  return (
    <div className="error-list">
      <div className="error-list__bar">
        <SourceSwitch value={state.source} onChange={(source) => update({ source })} />
        <ViewSwitch value={state.view} onChange={(view) => update({ view })} />
        <div className="button-row">
          <ExportButtons filter={filter} />
          <button type="button" onClick={refresh} disabled={pages.fetching}>
            Refresh
          </button>
        </div>
      </div>
      {state.source === 'imported' ? <ImportedBanner /> : null}
      <ImportLogFile importedNow={info.data?.imported ?? 0} onImported={() => update({ source: 'imported' })} />
      <ErrorFilters
        state={state}
        onChange={change}
        onClear={clear}
        filtered={isFiltered(state)}
        kinds={Object.keys(kinds).sort()}
        operations={operationOptions(pages.groups)}
        profiles={profileOptions(storeProfiles, pages.groups)}
      />
      <KindChips kinds={kinds} value={state.kind} onChange={(kind) => update({ kind })} />
      {summary ? <LogReadNotes skippedLines={summary.skippedLines} quarantinedFiles={summary.quarantinedFiles} /> : null}
      <ListStates pending={pages.pending} error={summary ? null : pages.error} empty={empty} filtered={filtered} source={state.source} onRetry={pages.retry} />
      {summary && !empty ? (
        <>
          <h2 className="visually-hidden">{state.view === 'records' ? 'Error records' : 'Error groups'}</h2>
          <p className="error-list__count" role="status">
            {summary.totalRecords.toLocaleString()} {summary.totalRecords === 1 ? 'record' : 'records'} in {summary.totalGroups.toLocaleString()}{' '}
            {summary.totalGroups === 1 ? 'group' : 'groups'}
            {filtered ? ' match' : ''}
          </p>
          {state.view === 'records' ? (
            <AllRecords key={state.source} filter={filter} />
          ) : (
            <GroupList
              key={state.source}
              groups={pages.groups}
              total={summary.totalGroups}
              range={summary.range}
              filter={filter}
              busy={pages.fetching}
              hasMore={pages.hasMore}
              onLoadMore={pages.loadMore}
            />
          )}
        </>
      ) : null}
      {pages.error && summary ? <ErrorNotice error={pages.error} onRetry={pages.retry} /> : null}
    </div>
  )
}
