'use client';

import { useState } from 'react';
import type { TileSetting } from '@/components/map/base-layer';
import type { NearbyBranch } from '@/components/map/mini-map';
import { AddressLookup } from '@/components/partners/address-lookup';
import { EmailField, PhoneField } from '@/components/partners/reach-fields';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { SelectField, TextField } from '@/components/ui/field';
import { RadioCards } from '@/components/ui/radio-cards';
import { TagInput } from '@/components/ui/tag-input';
import { TextAreaField } from '@/components/ui/textarea-field';
import { lookUpAddress } from '@/lib/geocoding/actions';
import type { PartnerFormValues } from '@/lib/partners/form-values';
import { partnerLimits } from '@/lib/partners/limits';
import type { LocationPrecision, RelationshipStage } from '@/lib/partners/vocabulary';
import {
  ageOptions,
  categoryExplanations,
  categoryOptions,
  depthExplanations,
  depthOptions,
  formalityOptions,
  foundViaOptions,
  sectorOptions,
  stageExplanations,
  stageOptions,
} from '@/lib/partners/vocabulary';
import type { FieldError } from './partner-form';

type Option = { value: string; label: string };
type SectionProps = { values: PartnerFormValues; fieldError: FieldError };

function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-5">
      <div>
        <h2 id={id} className="text-lg font-semibold text-ink">
          {title}
        </h2>
        {intro ? <p className="text-sm text-muted">{intro}</p> : null}
      </div>
      {children}
    </section>
  );
}

/** The name and kind: all a new partner needs, first. */
export function BasicsFields({ values, fieldError }: SectionProps) {
  return (
    <Section id="about-heading" title="About the partner">
      <TextField
        label="Name"
        name="name"
        required
        maxLength={200}
        autoComplete="off"
        defaultValue={values.name}
        hint="As people in the community know them."
        error={fieldError('name')}
      />
      <RadioCards
        legend="What kind of partner"
        name="category"
        required
        options={categoryOptions.map((o) => ({ ...o, description: categoryExplanations[o.value as never] }))}
        defaultValue={values.category}
        hint="Asset-mapping categories: what the partner is, not what it does."
        error={fieldError('category')}
        columns={2}
      />
    </Section>
  );
}

/** What they do and for whom: filled in as the library learns it. */
export function WorkFields({ values, fieldError, suggestions }: SectionProps & { suggestions: string[] }) {
  const [sectorCount, setSectorCount] = useState(values.sectors.length);
  return (
    <Section id="work-heading" title="What they do">
      {/* Twenty sectors would push everything else down a phone's screen: shown on request. */}
      <details
        open={values.sectors.length > 0 || Boolean(fieldError('sectors'))}
        className="rounded-md border border-line bg-white"
        onChange={(event) =>
          setSectorCount(
            (event.currentTarget as HTMLDetailsElement).querySelectorAll('input[name="sectors"]:checked')
              .length,
          )
        }
      >
        <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-ink">
          Sectors{' '}
          <span className="font-normal text-muted">
            ({sectorCount ? `${sectorCount} chosen` : 'none chosen yet'}: the fields they work in)
          </span>
        </summary>
        <div className="border-t border-line p-3">
          <CheckboxGroup
            legend="Sectors"
            name="sectors"
            options={sectorOptions}
            defaultValue={values.sectors}
            hint="The fields they work in. Choose all that fit."
            error={fieldError('sectors')}
            columns={3}
          />
        </div>
      </details>
      <CheckboxGroup
        legend="Ages served"
        name="agesServed"
        options={ageOptions}
        defaultValue={values.agesServed}
        allLabel="All ages"
        error={fieldError('agesServed')}
        columns={2}
      />
      <TagInput
        label="Priority communities"
        name="priorityCommunities"
        defaultValue={values.priorityCommunities}
        suggestions={suggestions}
        hint="Groups they reach that matter to your library, such as “Spanish-speaking families”."
        error={fieldError('priorityCommunities')}
        max={partnerLimits.tags}
        maxLength={partnerLimits.tagLength}
      />
      <TextAreaField
        label="Description"
        name="description"
        maxLength={4000}
        defaultValue={values.description}
        error={fieldError('description')}
      />
      <div className="grid gap-5 md:grid-cols-2">
        <TextAreaField
          label="What they bring"
          name="strengths"
          maxLength={4000}
          defaultValue={values.strengths}
          hint="Skills, space, trust, reach: what they could offer."
          error={fieldError('strengths')}
        />
        <TextAreaField
          label="What they want"
          name="interests"
          maxLength={4000}
          defaultValue={values.interests}
          hint="Their goals, and what they might want from the library."
          error={fieldError('interests')}
        />
      </div>
    </Section>
  );
}

export type LocationMap = { tiles: TileSetting; branches: NearbyBranch[] };

export function LocationFields({
  values,
  fieldError,
  map,
  onPick,
}: SectionProps & { map: LocationMap; onPick?: (point: { latitude: number; longitude: number }) => void }) {
  const number = (text: string) => (text.trim() === '' || Number.isNaN(Number(text)) ? null : Number(text));
  return (
    <Section
      id="location-heading"
      title="Location"
      intro="Where they are, and how precisely the map may show it. A person’s home is never pinned exactly: for an individual, give only a street or neighbourhood and choose Approximate or Hidden."
    >
      {/* Address, "Find on map", coordinates and precision, with inputs named as this form expects. */}
      <AddressLookup
        lookUp={lookUpAddress}
        legend="Address and map point"
        defaultAddress={values.address}
        defaultLatitude={number(values.latitude)}
        defaultLongitude={number(values.longitude)}
        defaultPrecision={values.locationPrecision as LocationPrecision}
        errors={{
          address: fieldError('address'),
          latitude: fieldError('latitude'),
          longitude: fieldError('longitude'),
          locationPrecision: fieldError('locationPrecision'),
        }}
        preview={map}
        onPick={onPick}
      />
    </Section>
  );
}

export function ReachFields({ values, fieldError }: SectionProps) {
  return (
    <Section
      id="reach-heading"
      title="How to reach them"
      intro="The partner’s public details. People at the partner go in Contacts, on the partner’s page. For an individual, only staff see these."
    >
      <div className="grid gap-4 md:grid-cols-3">
        <TextField
          label="Website"
          name="website"
          type="url"
          inputMode="url"
          maxLength={300}
          autoComplete="off"
          defaultValue={values.website}
          hint="https:// is added if you leave it out."
          error={fieldError('website')}
        />
        <PhoneField defaultValue={values.phone} error={fieldError('phone')} />
        <EmailField defaultValue={values.email} error={fieldError('email')} />
      </div>
    </Section>
  );
}

function StageFields({ values, fieldError }: SectionProps) {
  const [stage, setStage] = useState(values.stage || 'identified');
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <SelectField
        label="Stage"
        name="stage"
        required
        value={stage}
        onChange={(event) => setStage(event.target.value)}
        options={stageOptions}
        hint={stageExplanations[stage as RelationshipStage]}
        error={fieldError('stage')}
      />
      {stage === 'ended' ? (
        <TextField
          label="Why it ended"
          name="endedReason"
          required
          maxLength={500}
          defaultValue={values.endedReason}
          hint="A sentence is enough; it stays in the partner’s history."
          error={fieldError('endedReason')}
        />
      ) : null}
    </div>
  );
}

export function RelationshipFields({
  values,
  fieldError,
  branches,
  owners,
  branch,
  onBranchChange,
}: SectionProps & {
  branches: Option[];
  owners: Option[];
  /** The branch chosen, held by the form so that placing the partner can suggest the nearest. */
  branch: string;
  onBranchChange: (value: string) => void;
}) {
  return (
    <Section id="relationship-heading" title="Relationship">
      <StageFields values={values} fieldError={fieldError} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          label="Depth"
          name="depth"
          defaultValue={values.depth}
          options={[
            { value: '', label: 'Not yet known' },
            ...depthOptions.map((o) => ({
              ...o,
              label: `${o.label}: ${depthExplanations[o.value as never]}`,
            })),
          ]}
          error={fieldError('depth')}
        />
        <SelectField
          label="Formality"
          name="formality"
          defaultValue={values.formality}
          options={[{ value: '', label: 'Not yet known' }, ...formalityOptions]}
          error={fieldError('formality')}
        />
        <SelectField
          label="Primary branch"
          name="primaryBranchId"
          value={branch}
          onChange={(event) => onBranchChange(event.target.value)}
          options={[{ value: '', label: 'No primary branch' }, ...branches]}
          hint="The branch that leads the relationship."
          error={fieldError('primaryBranchId')}
        />
        <SelectField
          label="Staff liaison"
          name="ownerMembershipId"
          defaultValue={values.ownerMembershipId}
          options={[{ value: '', label: 'No one yet' }, ...owners]}
          hint="The staff member who looks after this relationship."
          error={fieldError('ownerMembershipId')}
        />
        <TextField
          label="Next follow-up"
          name="nextFollowUpOn"
          type="date"
          defaultValue={values.nextFollowUpOn}
          error={fieldError('nextFollowUpOn')}
        />
        <SelectField
          label="How we found them"
          name="foundVia"
          defaultValue={values.foundVia}
          options={[{ value: '', label: 'Not recorded' }, ...foundViaOptions]}
          error={fieldError('foundVia')}
        />
      </div>
      <TextField
        label="How we found them: note"
        name="foundViaNote"
        maxLength={300}
        defaultValue={values.foundViaNote}
        hint="Who referred them, or which interview or event."
        error={fieldError('foundViaNote')}
      />
    </Section>
  );
}
