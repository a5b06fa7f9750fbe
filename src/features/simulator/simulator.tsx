/**
 * "Can this delegate send?": the form, the answer, the share link and the matrix. A scenario in
 * the location hash (a shared link, or a draft from the policy editor) fills the form and runs.
 * What the user types is kept as this tab's draft: put back at once when the form is mounted
 * again for another acting principal, offered on a new visit, and offered (not applied) when a
 * link's scenario fills the form, so the link wins without the draft being lost.
 */
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useState } from 'react';
import { FormDraftAlert } from '../../lib/form-drafts/form-draft-alert';
import { useFormDraft, type DraftRestore } from '../../lib/form-drafts/use-form-draft';
import { useForm, useWatch } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { parseIdentityArn } from '../../policy-engine';
import type { SesConnection } from '../../lib/ses/client';
import { policiesQuery } from '../../lib/ses/policies';
import { CallerSection, type CallerChoice } from './form/caller-section';
import { ContextSection } from './form/context-section';
import { defaultFormValues, formToScenario, type SimulatorFormValues } from './form/form-values';
import type { IdentityResolver } from './evaluation/identity-lookup';
import { IdentitySection } from './form/identity-section';
import { MatrixPanel } from './matrix/matrix-panel';
import { buildMatrixInput, matrixIdentityNames } from './matrix/matrix-input';
import { MessageSection } from './form/message-section';
import { SIMULATOR_DRAFT, simulatorDraftSchema } from './form/form-draft-schema';
import { scenarioFromHash, simulatorPath, type SimulatorPolicy, type SimulatorScenario } from './scenario';
import { ShareLink } from './share-link';
import { simulate, type Simulation } from './evaluation/simulate';
import { SimulationResult } from './result/simulation-result';
import styles from './simulator.module.css';
import { useFollowedSourceArn } from './use-followed-source-arn';
import { useKnownIdentities, type ListedIdentity } from './form/use-known-identities';
import { useRunWhenReady, useScenarioHash } from './use-scenario-hash';
import { simulatorFormSchema, validateForm } from './form/validate-form';
import { DEFAULT_SEND_METHOD, sendMethod, type SendMethod } from './form/send-methods';

const FORM_SCHEMA = simulatorFormSchema();
/** Stands in for a missing connection in a query that is then disabled. */
const NO_CONNECTION: SesConnection = { region: '', credentials: { accessKeyId: '', secretAccessKey: '' } };

export interface SimulatorProps {
  /** The acting principal's connection and account: its identities can be chosen. */
  connection?: SesConnection;
  account?: string;
  /** Principals offered as callers (the emulator's directory), with their IAM policies. */
  principals: CallerChoice[];
  /** A connection that can list another account's identities (the caller's own), if any. */
  connectionFor?: (account: string) => SesConnection | undefined;
  /**
   * How a draft of this tab is given back: 'auto' when the simulator is mounted again within the
   * page (the acting principal changed), 'offer' (the default) on a new visit or a reload.
   */
  restoreDraft?: DraftRestore;
  /**
   * Identities of other accounts shared with the caller on a real connection, with the policy
   * texts the owner sent (pasted on the Grants page): SES never lets a delegate read them.
   */
  shared?: SharedIdentityChoice[];
  /** A real SES connection: the only caller offered is its own principal, and IAM is not read. */
  realConnection?: boolean;
}

export interface SharedIdentityChoice {
  arn: string;
  name: string;
  policies: SimulatorPolicy[];
}

const NO_SHARED: SharedIdentityChoice[] = [];

/** The shared identity an ARN names (account, Region and name without regard to case). */
function sharedIdentity(shared: SharedIdentityChoice[], arn: string): SharedIdentityChoice | undefined {
  const parsed = parseIdentityArn(arn.trim());
  if (!parsed.ok) return undefined;
  const wanted = parsed.identity.arn.toLowerCase();
  return shared.find((i) => i.arn.toLowerCase() === wanted);
}

/** The listed identity an ARN names (account, Region and name without regard to case). */
function listedIdentity(listed: ListedIdentity[], arn: string): ListedIdentity | undefined {
  const parsed = parseIdentityArn(arn.trim());
  if (!parsed.ok) return undefined;
  const wanted = parsed.identity.arn.toLowerCase();
  return listed.find((i) => i.arn.toLowerCase() === wanted);
}

export function Simulator({
  connection,
  account,
  principals,
  connectionFor,
  restoreDraft = 'offer',
  shared: sharedIdentities = NO_SHARED,
  realConnection = false,
}: SimulatorProps) {
  const location = useLocation();
  const navigate = useNavigate();
  const [initial] = useState(defaultFormValues);
  // A link's scenario fills the form: a draft is then offered beside it, never applied over it.
  const [linked] = useState(() => scenarioFromHash(location.hash)?.ok === true);
  const form = useForm<SimulatorFormValues>({
    resolver: zodResolver(FORM_SCHEMA),
    mode: 'onTouched',
    defaultValues: initial,
  });
  const { control, handleSubmit, setValue, setError, reset, getValues, trigger } = form;

  const acting = useKnownIdentities(connection, account);
  const caller = useWatch({ control, name: 'caller' });
  const callerAccount = /^\d{12}$/.test(caller.trim()) ? caller.trim() : /:(\d{12}):/.exec(caller)?.[1];
  const other = callerAccount && callerAccount !== account ? connectionFor?.(callerAccount) : undefined;
  const callers = useKnownIdentities(other, other ? callerAccount : undefined);
  const { load: loadActing } = acting;
  const { load: loadCallers } = callers;
  const resolve = useCallback<IdentityResolver>(
    async (names) => (await Promise.all([loadActing(names), loadCallers(names)])).flat(),
    [loadActing, loadCallers],
  );
  const loading = acting.loading || callers.loading;
  const [readError, setReadError] = useState<string>();

  // The chosen identity's saved policies, shown beside the choice; a simulation reads them afresh.
  const identityArn = useWatch({ control, name: 'identityArn' });
  const chosen = listedIdentity(acting.listed, identityArn);
  // The acting account's own identity wins: its policies are fetched, not pasted.
  const chosenShared = chosen ? undefined : sharedIdentity(sharedIdentities, identityArn);
  const chosenPolicies = useQuery({
    ...policiesQuery(connection ?? NO_CONNECTION, chosen?.name ?? ''),
    enabled: !!connection && !!chosen,
  });
  const shownPolicies: SimulatorPolicy[] | undefined = chosen
    ? chosenPolicies.data
    : chosenShared?.policies.length
      ? chosenShared.policies
      : undefined;
  const savedPoliciesOf = useCallback(
    async (arn: string): Promise<SimulatorPolicy[] | undefined> => {
      const listed = listedIdentity(acting.listed, arn);
      if (listed) return (await loadActing([listed.name]))[0]?.policies;
      const pasted = sharedIdentity(sharedIdentities, arn)?.policies;
      return pasted?.length ? pasted : undefined;
    },
    [acting.listed, loadActing, sharedIdentities],
  );

  const [simulation, setSimulation] = useState<{
    simulation: Simulation;
    method: SendMethod;
    /** The inputs it answered, to say when the form no longer shows them. */
    inputs: string;
  }>();
  const currentInputs = JSON.stringify(useWatch({ control }));
  const stale = simulation !== undefined && simulation.inputs !== currentInputs;
  const [shared, setShared] = useState<SimulatorScenario>();
  const [running, setRunning] = useState(false);
  const getSourceArn = useCallback(() => getValues('sourceArn'), [getValues]);
  const setSourceArn = useCallback(
    (arn: string) => setValue('sourceArn', arn, { shouldValidate: true }),
    [setValue],
  );
  const followed = useFollowedSourceArn(getSourceArn, setSourceArn);
  const scenarioHash = useScenarioHash({ hash: location.hash, reset, onApplied: followed.adopt });
  const draft = useFormDraft({
    form,
    name: SIMULATOR_DRAFT,
    schema: simulatorDraftSchema,
    initial,
    restore: linked ? 'offer' : restoreDraft,
    onRestored: followed.adopt,
  });
  const { wrote: wroteHash } = scenarioHash;

  const run = useCallback(
    async (values: SimulatorFormValues) => {
      setReadError(undefined);
      setRunning(true);
      try {
        const saved = values.policySource === 'saved' ? await savedPoliciesOf(values.identityArn) : undefined;
        if (values.policySource === 'saved' && !saved) {
          setError(
            'policySource',
            {
              type: 'simulate',
              message: sharedIdentity(sharedIdentities, values.identityArn)
                ? 'No policy text from the owner was added for this identity on the Grants page: add it there, or choose "Policies in this scenario" and paste it.'
                : 'The acting principal cannot read this identity’s saved policies: choose "Policies in this scenario" and paste them.',
            },
            { shouldFocus: true },
          );
          return;
        }
        const scenario = formToScenario(values, saved);
        const outcome = await simulate(scenario, resolve);
        if (!outcome.ok) {
          setSimulation(undefined);
          setError(
            outcome.field as keyof SimulatorFormValues,
            { type: 'simulate', message: outcome.error },
            { shouldFocus: true },
          );
          return;
        }
        setSimulation({
          simulation: outcome.simulation,
          method: sendMethod(values.method) ?? DEFAULT_SEND_METHOD,
          inputs: JSON.stringify(getValues()),
        });
        setShared(scenario);
        // The address bar carries the scenario too, so a reload or a bookmark reopens it.
        const path = simulatorPath(scenario);
        wroteHash(path.slice(path.indexOf('#')));
        void navigate(path, { replace: true });
      } catch (error) {
        // An identity's verification or policies could not be read: no guess is shown.
        setSimulation(undefined);
        setReadError(error instanceof Error ? error.message : String(error));
      } finally {
        setRunning(false);
      }
    },
    [getValues, navigate, resolve, savedPoliciesOf, setError, sharedIdentities, wroteHash],
  );
  // handleSubmit is called when submitting, not while rendering (run writes a ref).
  // Inputs that fail validation leave no earlier Decision on the page to be read as their
  // answer; react-hook-form focuses the first invalid field (TextField passes its ref).
  const clearResult = useCallback(() => {
    setSimulation(undefined);
    setShared(undefined);
  }, []);
  const submit = useCallback(
    (event?: React.BaseSyntheticEvent) => handleSubmit(run, clearResult)(event),
    [clearResult, handleSubmit, run],
  );

  useRunWhenReady(scenarioHash, loading, () => void submit());

  const clearForm = () => {
    reset(initial);
    followed.adopt(initial);
    clearResult();
    setReadError(undefined);
    draft.clear();
  };

  const principalsForMatrix = principals.map((p) => p.arn);
  const buildMatrix = async (lists: Parameters<typeof buildMatrixInput>[1]) => {
    const values = getValues();
    const problems = validateForm(values);
    const blocking = [
      'identityArn',
      'policySource',
      'sourceIp',
      'time',
      'sourceArn',
      'fromArn',
      'returnPathArn',
    ].filter((f) => problems[f]);
    const policyProblem = Object.keys(problems).find(
      (k) => k.startsWith('policies.') || k.startsWith('callerPolicies.'),
    );
    if (blocking.length || policyProblem) {
      void trigger();
      return 'Fix the identity, policies and request context above first: their errors are shown on the fields.';
    }
    const saved = values.policySource === 'saved' ? await savedPoliciesOf(values.identityArn) : undefined;
    const known = await resolve(matrixIdentityNames(values, lists));
    return buildMatrixInput(values, lists, known, saved, principals);
  };

  return (
    <SpaceBetween size="l">
      {scenarioHash.linkError && (
        <Alert
          type="error"
          header="This link’s scenario cannot be opened"
          dismissible
          onDismiss={scenarioHash.dismissLinkError}
        >
          {scenarioHash.linkError}
        </Alert>
      )}
      {(acting.error || callers.error) && (
        <Alert type="warning" header="Some identities could not be listed">
          {acting.error ?? callers.error} The simulator decides with the identities it could list.
        </Alert>
      )}
      {readError && (
        <Alert type="error" header="The identities this message involves could not be read">
          {readError} Nothing was simulated: try again, or paste the policies into this scenario.
        </Alert>
      )}
      <FormDraftAlert draft={draft} />
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Simulation">
        <Form
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button formAction="none" onClick={clearForm}>
                Clear form
              </Button>
              <Button variant="primary" formAction="submit" loading={running} loadingText="Simulating">
                Simulate
              </Button>
            </SpaceBetween>
          }
        >
          <SpaceBetween size="l">
            <IdentitySection
              control={control}
              setValue={setValue}
              identities={acting.listed}
              shared={sharedIdentities}
              loading={acting.loading}
              savedPolicies={shownPolicies}
              savedPasted={!!chosenShared}
              onChosen={followed.follow}
            />
            <CallerSection
              control={control}
              setValue={setValue}
              principals={principals}
              realConnection={realConnection}
            />
            <MessageSection control={control} />
            <ContextSection control={control} />
          </SpaceBetween>
        </Form>
      </form>
      {/* A short announcement; the full explanation is read at the user's pace. */}
      <div role="status" className={styles.visuallyHidden}>
        {simulation ? `Simulated: ${simulation.simulation.result.summary}` : ''}
      </div>
      {stale && (
        <Alert type="info" header="The inputs changed since this decision">
          The decision below answers the inputs as they were when you chose Simulate. Simulate again to see
          the answer for what the form shows now.
        </Alert>
      )}
      {simulation && <SimulationResult simulation={simulation.simulation} method={simulation.method} />}
      {shared && <ShareLink path={simulatorPath(shared)} />}
      <MatrixPanel
        initialPrincipals={principalsForMatrix}
        initialFroms={['marketing+spring@ses-example.com', 'ceo@ses-example.com']}
        build={buildMatrix}
      />
    </SpaceBetween>
  );
}
