import type { Blueprint } from '../types.js';
import { ai102Exam } from './ai102.js';
import { learnModule, learnPath } from './learn.js';

/** AI-102, following the skills outline of December 2025 (agents get their own domain). */
export const ai102v202512 = {
  ...ai102Exam,
  version: '2025-12',
  domains: [
    {
      id: 'plan-manage',
      name: 'Plan and manage an Azure AI solution',
      weight: [20, 25],
      resources: [
        learnPath('Prepare to develop AI solutions on Azure', 'prepare-for-ai-engineering'),
        learnModule(
          'Implement generative AI guardrails with Azure AI Content Safety',
          'moderate-content-detect-harm-azure-ai-content-safety',
        ),
      ],
    },
    {
      id: 'generative-ai',
      name: 'Implement generative AI solutions',
      weight: [15, 20],
      resources: [learnPath('Develop generative AI apps in Azure', 'develop-generative-ai-apps')],
    },
    {
      id: 'agentic',
      name: 'Implement an agentic solution',
      weight: [5, 10],
      resources: [learnPath('Develop AI agents on Azure', 'develop-ai-agents-azure')],
    },
    {
      id: 'computer-vision',
      name: 'Implement computer vision solutions',
      weight: [10, 15],
      resources: [
        learnPath(
          'Develop computer vision solutions in Azure',
          'create-computer-vision-solutions-azure-ai',
        ),
      ],
    },
    {
      id: 'nlp',
      name: 'Implement natural language processing solutions',
      weight: [15, 20],
      resources: [
        learnPath(
          'Develop natural language solutions in Azure',
          'develop-language-solutions-azure-ai',
        ),
      ],
    },
    {
      id: 'knowledge-mining',
      name: 'Implement knowledge mining and information extraction solutions',
      weight: [15, 20],
      resources: [
        learnPath(
          'Implement knowledge mining with Azure AI Search',
          'implement-knowledge-mining-azure-cognitive-search',
        ),
        learnPath(
          'Develop solutions with Azure AI Document Intelligence',
          'extract-data-from-forms-document-intelligence',
        ),
      ],
    },
  ],
} as const satisfies Blueprint;
