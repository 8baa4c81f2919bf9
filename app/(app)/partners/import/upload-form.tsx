'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { uploadImport } from '@/lib/import/actions';
import { acceptedFileTypes, importLimits } from '@/lib/import/limits';

const maxMb = importLimits.fileBytes / 1024 / 1024;

/** Chooses the file. A file too big is refused here, before it is sent; the server checks again. */
export function UploadForm() {
  const { state, pending, formProps, fieldError } = useActionForm(uploadImport);
  const [tooBig, setTooBig] = useState<string | null>(null);
  const error = tooBig ?? fieldError('file');
  return (
    <form
      {...formProps}
      aria-label="Upload a file"
      encType="multipart/form-data"
      onSubmit={(event) => {
        const file = new FormData(event.currentTarget).get('file');
        if (file instanceof File && file.size > importLimits.fileBytes) {
          event.preventDefault();
          setTooBig(
            `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; files up to ${maxMb} MB can be imported. Split it, or leave out columns you don’t need.`,
          );
          return;
        }
        setTooBig(null);
        formProps.onSubmit(event);
      }}
      className="space-y-4"
    >
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium text-ink">
          Spreadsheet or map file
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept={acceptedFileTypes}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={`import-file-hint${error ? ' import-file-error' : ''}`}
          onChange={() => setTooBig(null)}
          className="block w-full text-sm text-ink file:mr-3 file:min-h-10 file:rounded-md file:border file:border-line file:bg-white file:px-4 file:py-2 file:text-sm file:font-medium file:text-ink hover:file:bg-brand-50"
        />
        <p id="import-file-hint" className="text-sm text-muted">
          CSV (any separator), Excel (.xlsx), or KML/KMZ and GeoJSON from Google My Maps or uMap. Up to{' '}
          {maxMb} MB and {importLimits.rows.toLocaleString('en-US')} rows, with a header row naming the
          columns.
        </p>
        {error ? (
          <p id="import-file-error" className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
      </div>
      {state && !state.ok && !state.fieldErrors ? <FormMessage state={state} /> : null}
      <Button type="submit" pending={pending}>
        {pending ? 'Reading the file…' : 'Upload and match columns'}
      </Button>
    </form>
  );
}
