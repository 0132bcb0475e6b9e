import type { Blueprint } from '../types.js';
import { ai102Exam } from './ai102.js';
import { learnModule, learnPath } from './learn.js';

/** AI-102, following the skills outline of June 2024 (six domains, content moderation its own). */
export const ai102v202406 = {
  ...ai102Exam,
  version: '2024-06',
  domains: [
    {
      id: 'plan-manage',
      name: 'Plan and manage an Azure AI solution',
      weight: [15, 20],
      resources: [
        learnPath('Prepare to develop AI solutions on Azure', 'prepare-for-ai-engineering'),
        learnPath(
          'Create and manage Azure AI services',
          'provision-manage-azure-cognitive-services',
        ),
      ],
    },
    {
      id: 'content-moderation',
      name: 'Implement content moderation solutions',
      weight: [10, 15],
      resources: [
        learnModule(
          'Moderate content and detect harm with Azure AI Content Safety Studio',
          'moderate-content-detect-harm-azure-ai-content-safety-studio',
        ),
      ],
    },
    {
      id: 'computer-vision',
      name: 'Implement computer vision solutions',
      weight: [15, 20],
      resources: [
        learnPath(
          'Create computer vision solutions with Azure AI Vision',
          'create-computer-vision-solutions-azure-ai',
        ),
      ],
    },
    {
      id: 'nlp',
      name: 'Implement natural language processing solutions',
      weight: [30, 35],
      resources: [
        learnPath(
          'Develop natural language processing solutions with Azure AI services',
          'develop-language-solutions-azure-ai',
        ),
      ],
    },
    {
      id: 'knowledge-mining',
      name: 'Implement knowledge mining and document intelligence solutions',
      weight: [10, 15],
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
    {
      id: 'generative-ai',
      name: 'Implement generative AI solutions',
      weight: [10, 15],
      resources: [
        learnPath(
          'Develop generative AI solutions with Azure OpenAI Service',
          'develop-ai-solutions-azure-openai',
        ),
      ],
    },
  ],
} as const satisfies Blueprint;
