import type { RefObject } from 'react';
import type { BeadStatus } from '../../../shared/model';
import { beadStatuses } from '../../../shared/model';
import type { RowFilter } from '../logic/rowFilter';
import { isFilterActive, showAllRows } from '../logic/rowFilter';

const scoreChoices = [null, 0.8, 0.5, 0.3] as const;

export function FilterBar({
  filter,
  onChange,
  shown,
  total,
  searchRef,
  searching,
  truncated,
}: {
  filter: RowFilter;
  onChange: (filter: RowFilter) => void;
  shown: number;
  total: number;
  searchRef: RefObject<HTMLInputElement | null>;
  searching: boolean;
  truncated: boolean;
}) {
  const toggleStatus = (status: BeadStatus) =>
    onChange({
      ...filter,
      statuses: filter.statuses.includes(status)
        ? filter.statuses.filter((each) => each !== status)
        : [...filter.statuses, status],
    });
  return (
    <div className="filter-bar" role="search">
      <input
        ref={searchRef}
        type="search"
        className="filter-text"
        placeholder="Search both sides…"
        aria-label="Search both sides"
        value={filter.text}
        onChange={(event) => onChange({ ...filter, text: event.target.value })}
      />
      <span className="filter-group" aria-label="Status">
        {beadStatuses.map((status) => (
          <label key={status} className="checkbox">
            <input
              type="checkbox"
              checked={filter.statuses.includes(status)}
              onChange={() => toggleStatus(status)}
            />
            {status}
          </label>
        ))}
      </span>
      <label className="filter-score">
        Score below
        <select
          value={filter.scoreBelow ?? ''}
          onChange={(event) =>
            onChange({
              ...filter,
              scoreBelow: event.target.value === '' ? null : Number(event.target.value),
            })
          }
        >
          {scoreChoices.map((choice) => (
            <option key={choice ?? 'any'} value={choice ?? ''}>
              {choice === null ? 'any' : Math.round(choice * 100)}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={filter.suspiciousOnly}
          onChange={(event) => onChange({ ...filter, suspiciousOnly: event.target.checked })}
        />
        suspicious
      </label>
      {isFilterActive(filter) && (
        <>
          <span className="filter-count" aria-live="polite" data-testid="filter-count">
            {searching
              ? 'searching…'
              : `${shown.toLocaleString()} of ${total.toLocaleString()} rows`}
            {truncated && ' (only the first matches)'}
          </span>
          <button type="button" onClick={() => onChange(showAllRows)}>
            Show all
          </button>
        </>
      )}
    </div>
  );
}
