/**
 * "Can this delegate send?": the form, the answer, the share link and the matrix. A scenario in
 * the location hash (a shared link, or a draft from the policy editor) fills the form and runs.
 */
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useLocation, useNavigate } from 'react-router';
import { parseIdentityArn } from '../../policy-engine';
import type { SesConnection } from '../../lib/ses/client';
import { CallerSection, type CallerChoice } from './caller-section';
import { ContextSection } from './context-section';
import { defaultFormValues, formToScenario, scenarioToForm, type SimulatorFormValues } from './form-values';
import type { DirectoryIdentity } from './identity-directory';
import { IdentitySection } from './identity-section';
import { MatrixPanel } from './matrix-panel';
import { buildMatrixInput } from './matrix-input';
import { MessageSection } from './message-section';
import { scenarioFromHash, simulatorPath, type SimulatorPolicy, type SimulatorScenario } from './scenario';
import { ShareLink } from './share-link';
import { simulate, type Simulation } from './simulate';
import { SimulationResult } from './simulation-result';
import styles from './simulator.module.css';
import { useKnownIdentities } from './use-known-identities';
import { simulatorFormSchema, validateForm } from './validate-form';

const FORM_SCHEMA = simulatorFormSchema();

export interface SimulatorProps {
  /** The acting principal's connection and account: its identities can be chosen. */
  connection?: SesConnection;
  account?: string;
  /** Principals offered as callers (the emulator's directory), with their IAM policies. */
  principals: CallerChoice[];
  /** A connection that can list another account's identities (the caller's own), if any. */
  connectionFor?: (account: string) => SesConnection | undefined;
}

function sameIdentity(identity: DirectoryIdentity, arn: string): boolean {
  const parsed = parseIdentityArn(arn);
  return (
    parsed.ok &&
    identity.account === parsed.identity.account &&
    identity.region === parsed.identity.region &&
    identity.name.toLowerCase() === parsed.identity.name.toLowerCase()
  );
}

export function Simulator({ connection, account, principals, connectionFor }: SimulatorProps) {
  const location = useLocation();
  const navigate = useNavigate();
  const form = useForm<SimulatorFormValues>({
    resolver: zodResolver(FORM_SCHEMA),
    mode: 'onTouched',
    defaultValues: defaultFormValues(),
  });
  const { control, handleSubmit, setValue, setError, reset, getValues, trigger } = form;

  const acting = useKnownIdentities(connection, account);
  const caller = useWatch({ control, name: 'caller' });
  const callerAccount = /^\d{12}$/.test(caller.trim()) ? caller.trim() : /:(\d{12}):/.exec(caller)?.[1];
  const other = callerAccount && callerAccount !== account ? connectionFor?.(callerAccount) : undefined;
  const callers = useKnownIdentities(other, other ? callerAccount : undefined);
  const known = useMemo(
    () => [...acting.identities, ...callers.identities],
    [acting.identities, callers.identities],
  );
  const loading = acting.loading || callers.loading;

  const identityArn = useWatch({ control, name: 'identityArn' });
  const savedPolicies: SimulatorPolicy[] | undefined = acting.identities.find((i) =>
    sameIdentity(i, identityArn),
  )?.policies;

  const [simulation, setSimulation] = useState<{ simulation: Simulation; action: string }>();
  const [shared, setShared] = useState<SimulatorScenario>();
  const [running, setRunning] = useState(false);
  const appliedHash = useRef<string | undefined>(undefined);
  const followedArn = useRef('');
  const pendingRun = useRef(false);
  const fromHash = useMemo(() => scenarioFromHash(location.hash), [location.hash]);
  const [dismissedHash, setDismissedHash] = useState<string>();
  const linkError = fromHash && !fromHash.ok && dismissedHash !== location.hash ? fromHash.error : undefined;

  const run = useCallback(
    async (values: SimulatorFormValues) => {
      if (values.policySource === 'saved' && !savedPolicies) {
        setError(
          'policySource',
          {
            type: 'simulate',
            message:
              'The acting principal cannot read this identity’s saved policies: choose "Policies in this scenario" and paste them.',
          },
          { shouldFocus: true },
        );
        return;
      }
      const scenario = formToScenario(values, savedPolicies);
      setRunning(true);
      try {
        const outcome = await simulate(scenario, known);
        if (!outcome.ok) {
          setSimulation(undefined);
          setError(
            outcome.field as keyof SimulatorFormValues,
            { type: 'simulate', message: outcome.error },
            { shouldFocus: true },
          );
          return;
        }
        setSimulation({ simulation: outcome.simulation, action: `ses:${values.action}` });
        setShared(scenario);
        // The address bar carries the scenario too, so a reload or a bookmark reopens it.
        const path = simulatorPath(scenario);
        appliedHash.current = path.slice(path.indexOf('#'));
        void navigate(path, { replace: true });
      } finally {
        setRunning(false);
      }
    },
    [known, navigate, savedPolicies, setError],
  );
  const submit = handleSubmit(run);

  // A scenario in the hash fills the form (once per distinct hash) and runs once identities load.
  useEffect(() => {
    if (location.hash === appliedHash.current) return;
    appliedHash.current = location.hash;
    if (!fromHash?.ok) return;
    const values = scenarioToForm(fromHash.scenario);
    reset(values);
    followedArn.current = values.sourceArn === values.identityArn ? values.sourceArn : '';
    pendingRun.current = true;
  }, [fromHash, location.hash, reset]);
  useEffect(() => {
    if (!pendingRun.current || loading) return;
    pendingRun.current = false;
    void submit();
  }, [fromHash, loading, submit]);

  // Sending through the chosen identity is what is simulated: its ARN becomes the Source ARN
  // (visibly; the user can change it) while that field is blank or still follows the identity.
  // Only the user's own edits of the identity move it: a scenario from a link is kept as given.
  const followIdentity = useCallback(
    (typed: string) => {
      const arn = typed.trim();
      if (!parseIdentityArn(arn).ok) return;
      const source = getValues('sourceArn').trim();
      if (source && source !== followedArn.current) return;
      followedArn.current = arn;
      if (source !== arn) setValue('sourceArn', arn, { shouldValidate: true });
    },
    [getValues, setValue],
  );

  const principalsForMatrix = principals.map((p) => p.arn);
  const buildMatrix = (lists: Parameters<typeof buildMatrixInput>[1]) => {
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
    return buildMatrixInput(values, lists, known, savedPolicies, principals);
  };

  return (
    <SpaceBetween size="l">
      {linkError && (
        <Alert
          type="error"
          header="This link’s scenario cannot be opened"
          dismissible
          onDismiss={() => setDismissedHash(location.hash)}
        >
          {linkError}
        </Alert>
      )}
      {(acting.error || callers.error) && (
        <Alert type="warning" header="Some identities could not be read">
          {acting.error ?? callers.error} The simulator decides with the identities it could read.
        </Alert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Simulation">
        <Form
          actions={
            <Button variant="primary" formAction="submit" loading={running} loadingText="Simulating">
              Simulate
            </Button>
          }
        >
          <SpaceBetween size="l">
            <IdentitySection
              control={control}
              setValue={setValue}
              identities={acting.identities}
              loading={acting.loading}
              savedPolicies={savedPolicies}
              onChosen={followIdentity}
            />
            <CallerSection control={control} setValue={setValue} principals={principals} />
            <MessageSection control={control} />
            <ContextSection control={control} />
          </SpaceBetween>
        </Form>
      </form>
      {/* A short announcement; the full explanation is read at the user's pace. */}
      <div role="status" className={styles.visuallyHidden}>
        {simulation ? `Simulated: ${simulation.simulation.result.summary}` : ''}
      </div>
      {simulation && <SimulationResult simulation={simulation.simulation} action={simulation.action} />}
      {shared && <ShareLink path={simulatorPath(shared)} />}
      <MatrixPanel
        initialPrincipals={principalsForMatrix}
        initialFroms={['marketing+spring@ses-example.com', 'ceo@ses-example.com']}
        build={buildMatrix}
      />
    </SpaceBetween>
  );
}
