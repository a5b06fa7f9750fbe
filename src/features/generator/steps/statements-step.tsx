/** Step 1: the start point and the statements (add, remove). */
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { emptyStatement } from '../form/form-defaults';
import type { GeneratorForm } from '../form/generator-schema';
import { HandEditNotice } from './hand-edit-notice';
import type { IdentityContext } from '../form/identity-context';
import { StartPointSelect } from './start-point-select';
import { StatementCard } from '../statements/statement-card';

export interface StatementsStepProps {
  identity: IdentityContext;
  startPoint: string;
  onStartPoint: (id: string) => void;
  handEdited: boolean;
  /** Set while the statements a start point replaced can be restored. */
  onRestore?: () => void;
}

export function StatementsStep({
  identity,
  startPoint,
  onStartPoint,
  handEdited,
  onRestore,
}: StatementsStepProps) {
  const { control } = useFormContext<GeneratorForm>();
  const statements = useFieldArray({ control, name: 'statements' });
  return (
    <SpaceBetween size="l">
      {handEdited && <HandEditNotice where="statements" />}
      <Container>
        <SpaceBetween size="s">
          <StartPointSelect value={startPoint} identity={identity} onChange={onStartPoint} />
          {onRestore && (
            <Alert
              type="info"
              action={
                <Button formAction="none" onClick={onRestore}>
                  Restore my statements
                </Button>
              }
            >
              The start point replaced the statements you had entered.
            </Alert>
          )}
        </SpaceBetween>
      </Container>
      {statements.fields.map((s, i) => (
        <StatementCard
          key={s.id}
          index={i}
          onRemove={statements.fields.length > 1 ? () => statements.remove(i) : undefined}
        />
      ))}
      <Button formAction="none" iconName="add-plus" onClick={() => statements.append(emptyStatement())}>
        Add statement
      </Button>
    </SpaceBetween>
  );
}
