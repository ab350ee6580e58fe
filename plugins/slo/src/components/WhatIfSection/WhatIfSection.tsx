import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import Typography from '@material-ui/core/Typography';
import {
  ImpactAnalysisResponse,
  sloImpactAnalysisPermission,
  toEntityRef,
} from '@slo-engine/plugin-slo-common';
import { useState } from 'react';
import { sloApiRef } from '../../api';
import { SloErrorPanel } from '../SloErrorPanel';
import { DocsHint, SloSection } from '../shared';
import { ImpactForm } from './ImpactForm';
import { ImpactResults } from './ImpactResults';
import {
  ImpactField,
  ImpactFormErrors,
  ImpactFormValues,
  serverFieldErrors,
  validateImpactForm,
} from './validateImpactForm';

const NOT_ALLOWED =
  'You cannot run an impact analysis: it needs the slo.impact.analyze permission. Ask a Backstage admin.';

type Outcome =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; response: ImpactAnalysisResponse }
  | { status: 'failed'; error: Error; message?: JSX.Element };

/**
 * What a failed request means for the person at the form: 400s go to the
 * fields (or above the button), 403 and the backend's own 404 get a
 * sentence with what to do, the rest the shared error panel.
 */
function explain(error: Error, name: string) {
  if (!(error instanceof ResponseError)) return { outcome: error };
  if (error.statusCode === 400)
    return { input: serverFieldErrors(error.cause.message) };
  if (error.statusCode === 403) return { message: <>{NOT_ALLOWED}</> };
  if (error.statusCode === 404 && error.cause.name === 'NotFoundError') {
    return {
      message: (
        <>
          {name} is not in the SLO engine's dependency graph yet (
          {error.cause.message}). Declare its dependencies with{' '}
          <code>spec.dependsOn</code>, see{' '}
          <DocsHint
            page="annotations.md"
            anchor="on-a-consumer-its-dependencies"
          />
          .
        </>
      ),
    };
  }
  return { outcome: error };
}

/**
 * "What if": the impact of a different availability target for this entity
 * on the services that call it (issue #8, item 7; FR-4).
 */
export function WhatIfSection() {
  const { entity } = useEntity();
  const compound = getCompoundEntityRef(entity);
  const serviceId = toEntityRef(compound);
  const sloApi = useApi(sloApiRef);
  const permission = usePermission({ permission: sloImpactAnalysisPermission });
  const [values, setValues] = useState<ImpactFormValues>({
    proposed: '',
    current: '',
  });
  const [errors, setErrors] = useState<ImpactFormErrors>({});
  const [formError, setFormError] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });

  const change = (field: ImpactField, value: string) => {
    setValues(v => ({ ...v, [field]: value }));
    setErrors(e => ({ ...e, [field]: undefined }));
  };

  const submit = async () => {
    setFormError(undefined);
    const checked = validateImpactForm(values, serviceId);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setOutcome({ status: 'running' });
    try {
      const response = await sloApi.analyseImpact(checked.request);
      setOutcome({ status: 'done', response });
    } catch (e) {
      const error = e as Error;
      const meaning = explain(error, compound.name);
      if (meaning.input) {
        setErrors(meaning.input.fields);
        setFormError(meaning.input.form);
        setOutcome({ status: 'idle' });
      } else {
        setOutcome({ status: 'failed', error, message: meaning.message });
      }
    }
  };

  return (
    <SloSection<boolean>
      title="What if"
      subheader={`What a different availability target for ${compound.name} means for the services that call it`}
      what="your permissions"
      state={{
        loading: permission.loading,
        error: permission.error,
        value: permission.allowed,
      }}
    >
      {allowed => (
        <>
          <ImpactForm
            values={values}
            errors={errors}
            disabledReason={allowed ? undefined : NOT_ALLOWED}
            running={outcome.status === 'running'}
            onChange={change}
            onSubmit={submit}
          />
          {formError && (
            <Typography role="alert" color="error" variant="body2">
              The SLO backend rejected the request: {formError}
            </Typography>
          )}
          {outcome.status === 'failed' &&
            (outcome.message ? (
              <Typography role="alert" color="error" variant="body2">
                {outcome.message}
              </Typography>
            ) : (
              <SloErrorPanel error={outcome.error} what="the impact analysis" />
            ))}
          {outcome.status === 'done' && (
            <ImpactResults response={outcome.response} />
          )}
        </>
      )}
    </SloSection>
  );
}
