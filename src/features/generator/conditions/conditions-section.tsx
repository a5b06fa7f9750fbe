/** A statement's conditions: the list, Add condition, and the Null check the guidance offers. */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { ConditionRow } from './condition-row';
import { emptyCondition } from '../form/form-defaults';
import type { GeneratorForm } from '../form/generator-schema';

export function ConditionsSection({ statement }: { statement: number }) {
  const { control } = useFormContext<GeneratorForm>();
  const conditions = useFieldArray({ control, name: `statements.${statement}.conditions` });
  return (
    <SpaceBetween size="s">
      <Header
        variant="h3"
        description="Every condition must hold for the statement to apply. Within one condition, any of the values may match."
      >
        Conditions
      </Header>
      {conditions.fields.length === 0 && (
        <Box color="text-body-secondary">No conditions: the statement applies to every message.</Box>
      )}
      {conditions.fields.map((c, i) => (
        <ConditionRow
          key={c.id}
          statement={statement}
          index={i}
          onRemove={() => conditions.remove(i)}
          onAddNullGuard={(key) =>
            conditions.append({ key, operator: 'Null', setOperator: '', values: 'false' })
          }
        />
      ))}
      <Button
        formAction="none"
        iconName="add-plus"
        onClick={() => conditions.append(emptyCondition())}
        ariaLabel={`Add a condition to statement ${statement + 1}`}
      >
        Add condition
      </Button>
    </SpaceBetween>
  );
}
