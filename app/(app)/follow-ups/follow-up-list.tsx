'use client';

import { FollowUpItem, type FollowUpView } from './follow-up-item';

type Props = {
  items: FollowUpView[];
  label: string;
  people: { value: string; label: string }[];
  showPartner?: boolean;
  showAssignee?: boolean;
  empty: string;
};

/** A list of follow-ups with their actions; what was done is announced, and the page refreshes. */
export function FollowUpList({
  items,
  label,
  people,
  showPartner = true,
  showAssignee = false,
  empty,
}: Props) {
  return (
    <div>
      {items.length === 0 ? (
        <p className="mt-2 text-muted">{empty}</p>
      ) : (
        <ul
          aria-label={label}
          className="@container mt-2 divide-y divide-line rounded-md border border-line bg-white"
        >
          {items.map((item) => (
            <FollowUpItem
              key={`${item.id}-${item.version}`}
              item={item}
              people={people}
              showPartner={showPartner}
              showAssignee={showAssignee}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
