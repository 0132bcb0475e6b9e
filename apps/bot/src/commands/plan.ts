import { examChoices, isoDay } from '../autocomplete/examChoices.js';
import { timezoneChoices } from '../autocomplete/timezoneChoices.js';
import { defineCommand } from '../framework/defineCommand.js';
import { createPlanCommand } from './plan/create.js';
import { planDefinition } from './plan/definition.js';
import { cancelDeleteButton, confirmDeleteButton, deletePlanCommand } from './plan/delete.js';
import { editPlanCommand } from './plan/edit.js';
import { showPlanCommand, showWeekButton } from './plan/show.js';

export { planDefinition };

export const plan = defineCommand({
  definition: planDefinition,
  ephemeral: true,
  run: {
    create: createPlanCommand,
    edit: editPlanCommand,
    show: showPlanCommand,
    delete: deletePlanCommand,
  },
  autocomplete: {
    exam: (ctx, query) => examChoices(query, isoDay(ctx.deps.now())),
    timezone: (_ctx, query) => timezoneChoices(query),
  },
  components: {
    week: { run: showWeekButton },
    delete: { run: confirmDeleteButton },
    keep: { run: cancelDeleteButton },
  },
});
