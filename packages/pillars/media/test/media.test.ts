import {
  appendOnlyRefusal,
  fixtureKit,
  type NaturalKeyCase,
  naturalKeyTests,
  pointing,
  refusal,
  restrictViolation,
  setupTestDatabase,
} from '@db/core/testing';
import { healthCatalog } from '@db/health';
import { healthFixtures } from '@db/health/fixtures';
import { horsesCatalog } from '@db/horses';
import { horsesFixtures } from '@db/horses/fixtures';
import { providersCatalog } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { aiModels, recommendationsCatalog } from '@db/recommendations';
import { recommendationsFixtures } from '@db/recommendations/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { queryRows } from '@db/core';
import { and, eq, getTableName, lte, sql, type SQL } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  audioAnalysisResults,
  audioTranscriptions,
  audioUploads,
  imageAnalysisResults,
  imageUploads,
  mediaCatalog,
  mediaEmbeddings,
  mediaLearningDataset,
  mediaModelRuns,
  mediaModelRunSchemas,
  mediaProcessingQueue,
  mediaSimilaritySearch,
  soundPatternRecognition,
  videoAnalysisResults,
  videoFrames,
  videoUploads,
  visualPatternRecognition,
} from '../src/index.ts';
import { mediaFixtures, sampleEmbedding } from './fixtures.ts';

/**
 * Natural keys (ingestion upserts), the per-uploader content key, the append-only run ledger, ON DELETE as erasure
 * follows it, the partial unique indexes (one current label, one live job), the workers' claim, and row rules.
 */
const t = setupTestDatabase();
const fixtures = { ...usersFixtures, ...horsesFixtures, ...providersFixtures, ...healthFixtures, ...recommendationsFixtures, ...mediaFixtures };
const catalog = { ...usersCatalog, ...horsesCatalog, ...providersCatalog, ...healthCatalog, ...recommendationsCatalog, ...mediaCatalog };
const { insertSchemaOf, seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

/** Untyped statements: the ids are what matters here, and they cost the checker nothing. */
const run = (statement: SQL) => t.db.execute(statement);

describe('natural keys: a re-import upserts onto the existing row', () => {
  const later = new Date('2024-06-01T08:00:00Z');
  const keys: NaturalKeyCase[] = [
    {
      name: 'image_uploads',
      table: imageUploads,
      key: [imageUploads.uploaderUserId, imageUploads.contentSha256],
      set: { caption: 'Conformation shot, near side (re-uploaded from the iPad)', visibility: 'members' },
      index: 'image_uploads_uploader_content_key',
      distinct: { storageKey: 'media/images/whisper/b8bf6bd6723fef49-2.jpg', horsePhotoId: null },
    },
    {
      name: 'video_uploads',
      table: videoUploads,
      key: [videoUploads.source, videoUploads.externalId],
      set: { caption: 'Trot-up on the hard (Sleip re-export)', sourceUpdatedAt: later },
      index: 'video_uploads_source_external_id_key',
      distinct: {
        storageKey: 'media/videos/whisper/other.mp4',
        contentSha256: '979ea1cda19fc95dde12a6dd7d6147726626fea3d6926647950e7e85f2eccc8c',
      },
    },
    {
      name: 'audio_uploads',
      table: audioUploads,
      key: [audioUploads.uploaderUserId, audioUploads.contentSha256],
      set: { trainingConsent: 'refused' },
      index: 'audio_uploads_uploader_content_key',
      distinct: { storageKey: 'media/audio/whisper/12ad6dd89da720e2-2.m4a' },
    },
    {
      name: 'image_analysis_results',
      table: imageAnalysisResults,
      key: [imageAnalysisResults.imageUploadId, imageAnalysisResults.modelId],
      set: { confidence: '0.910', bodyConditionScore: '6.0', analysedAt: later },
      index: 'image_analysis_results_image_upload_id_model_id_key',
    },
    {
      name: 'video_analysis_results',
      table: videoAnalysisResults,
      key: [videoAnalysisResults.videoUploadId, videoAnalysisResults.modelId],
      set: { headAsymmetryMm: '-9.8', analysedAt: later },
      index: 'video_analysis_results_video_upload_id_model_id_key',
    },
    {
      name: 'audio_analysis_results',
      table: audioAnalysisResults,
      key: [audioAnalysisResults.audioUploadId, audioAnalysisResults.modelId],
      set: { confidence: '0.810', analysedAt: later },
      index: 'audio_analysis_results_audio_upload_id_model_id_key',
    },
    {
      name: 'audio_transcriptions',
      table: audioTranscriptions,
      key: [audioTranscriptions.audioUploadId, audioTranscriptions.modelId, audioTranscriptions.languageTag],
      set: { transcriptText: 'Second canter up the woodchip at Kildangan.', wordCount: 7 },
      index: 'audio_transcriptions_audio_model_language_key',
    },
    {
      name: 'video_frames',
      table: videoFrames,
      key: [videoFrames.videoUploadId, videoFrames.frameIndex],
      set: { sharpnessScore: '0.880', extractedAt: later },
      index: 'video_frames_video_upload_id_frame_index_key',
      distinct: { storageKey: 'media/frames/whisper/d491f77089cbcc18/001438-b.jpg' },
    },
    {
      name: 'media_embeddings',
      table: mediaEmbeddings,
      key: [
        mediaEmbeddings.imageUploadId,
        mediaEmbeddings.videoUploadId,
        mediaEmbeddings.videoFrameId,
        mediaEmbeddings.audioUploadId,
        mediaEmbeddings.modelId,
        mediaEmbeddings.segmentStartMs,
      ],
      set: { embedding: sampleEmbedding(512, 11), generatedAt: later },
      index: 'media_embeddings_item_model_segment_key',
    },
    {
      name: 'visual_pattern_recognition',
      table: visualPatternRecognition,
      key: [
        visualPatternRecognition.imageUploadId,
        visualPatternRecognition.videoUploadId,
        visualPatternRecognition.modelId,
        visualPatternRecognition.patternCode,
        visualPatternRecognition.startMs,
      ],
      set: { confidence: '0.910', detectedAt: later },
      index: 'visual_pattern_recognition_detection_key',
    },
    {
      name: 'sound_pattern_recognition',
      table: soundPatternRecognition,
      key: [
        soundPatternRecognition.audioUploadId,
        soundPatternRecognition.modelId,
        soundPatternRecognition.patternCode,
        soundPatternRecognition.startMs,
      ],
      set: { eventCount: 31, detectedAt: later },
      index: 'sound_pattern_recognition_detection_key',
    },
    {
      name: 'media_learning_dataset',
      table: mediaLearningDataset,
      key: [mediaLearningDataset.source, mediaLearningDataset.externalId],
      set: { label: 'conformation_upright_pasterns', sourceUpdatedAt: later },
      index: 'media_learning_dataset_source_external_id_key',
      // A closed copy, so the one-current-label index is not the one refusing it.
      distinct: { validTo: later, removalReason: 'relabelled' },
    },
    {
      name: 'media_similarity_search',
      table: mediaSimilaritySearch,
      key: [mediaSimilaritySearch.requestId],
      set: { latencyMs: 41 },
      index: 'media_similarity_search_request_id_key',
    },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);

  test("the content key is per uploader: another person's copy of the same bytes is their own row", async () => {
    const { ref } = await seed(imageUploads);
    const buyer = await insertFixture(userProfiles, ref, anotherUserProfile('buyer'));
    const copy = { storageKey: 'media/images/buyer/b8bf6bd6723fef49.jpg', horsePhotoId: null, trainingConsent: 'refused', consentRecordedAt: null };

    const theirs = await insertFixture(imageUploads, pointing(ref, { user_profiles: buyer.id }), copy);
    expect(theirs).toMatchObject({ uploaderUserId: buyer.id, trainingConsent: 'refused' });
    expect(await rowByKey(imageUploads, ref('image_uploads'))).toMatchObject({ trainingConsent: 'granted' });

    // The same person uploading the same bytes again, under a new storage key, is refused: it is the same asset.
    expect(await refusal(t.db, () => insertFixture(imageUploads, ref, { ...copy, storageKey: 'media/images/whisper/again.jpg' }))).toMatchObject({
      code: '23505',
      constraint: 'image_uploads_uploader_content_key',
    });
    expect(await rowCount(imageUploads)).toBe(2);
  });
});

describe('the model-run ledger is append-only', () => {
  test('a run cannot be edited or removed; a re-imported usage log adds it once; its model and requester stay', async () => {
    const { ref } = await seed(mediaModelRuns);
    const id = ref('media_model_runs');

    expect(await refusal(t.db, (tx) => tx.execute(sql`update media_model_runs set cost = 0 where id = ${id}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.execute(sql`delete from media_model_runs where id = ${id}`))).toEqual(appendOnlyRefusal);

    const entry = mediaModelRunSchemas.insert.parse(mediaFixtures.media_model_runs!(ref));
    for (let i = 0; i < 2; i++) {
      await t.db.insert(mediaModelRuns).values(entry).onConflictDoNothing({ target: [mediaModelRuns.modelId, mediaModelRuns.externalRunId] });
    }
    expect(await allRows(mediaModelRuns)).toEqual([expect.objectContaining({ id, cost: '0.005623' })]);

    // RESTRICT: the registry's model and the person who asked for the run are kept (erasure anonymises the person).
    expect(await refusal(t.db, (tx) => tx.execute(sql`delete from ${aiModels} where id = ${ref('ai_models')}`))).toMatchObject({
      code: restrictViolation,
      constraint: 'media_model_runs_model_id_ai_models_id_fkey',
    });
    expect(await refusal(t.db, (tx) => tx.delete(userProfiles).where(eq(userProfiles.id, ref('user_profiles'))))).toMatchObject({
      code: restrictViolation,
      constraint: 'media_model_runs_requested_by_user_id_user_profiles_id_fkey',
    });

    // A re-run is a new row; the analysis result moves to it, the first run's cost stays.
    const rerun = await insertFixture(mediaModelRuns, ref, { externalRunId: 'chatcmpl-9Kx2pV7rT1mQ8sL3nZ5wY4bD', cost: '0.005810' });
    expect(rerun.id).not.toBe(id);
    expect(await rowCount(mediaModelRuns)).toBe(2);
  });
});

describe('ON DELETE, as erasure follows it', () => {
  test("deleting an uploader deletes their files and all that was derived from them, and no one else's; runs stay", async () => {
    const { ref } = await seed(imageAnalysisResults, mediaEmbeddings, mediaLearningDataset, mediaSimilaritySearch, mediaProcessingQueue);
    const leaver = await insertFixture(userProfiles, ref, anotherUserProfile('leaver'));
    const image = await insertFixture(imageUploads, pointing(ref, { user_profiles: leaver.id }), {
      storageKey: 'media/images/leaver/b8bf6bd6723fef49.jpg',
      horsePhotoId: null,
    });
    const theirs = pointing(ref, { image_uploads: image.id });
    await insertFixture(imageAnalysisResults, theirs);
    await insertFixture(mediaEmbeddings, theirs);
    await insertFixture(mediaLearningDataset, theirs, { source: null, externalId: null, sourceUpdatedAt: null });
    await insertFixture(mediaSimilaritySearch, theirs, { requestId: null });
    await insertFixture(mediaProcessingQueue, theirs, { videoUploadId: null, imageUploadId: image.id, jobType: 'embedding' });
    const runs = await rowCount(mediaModelRuns);

    await run(sql`delete from ${userProfiles} where id = ${leaver.id}`);

    for (const table of [imageUploads, imageAnalysisResults, mediaEmbeddings, mediaLearningDataset, mediaSimilaritySearch]) {
      expect((await allRows(table)).map((row) => row.id)).toEqual([ref(getTableName(table))]);
    }
    expect((await allRows(mediaProcessingQueue)).map((row) => row.imageUploadId)).toEqual([null]);
    expect(await rowCount(mediaModelRuns)).toBe(runs);
  });

  test('deleting a horse unlinks its media (set null) and keeps the files, their analyses and the gait video', async () => {
    const { ref } = await seed(imageAnalysisResults, videoAnalysisResults, audioUploads);

    await run(sql`delete from horses where id = ${ref('horses')}`);

    expect(await rowByKey(imageUploads, ref('image_uploads'))).toMatchObject({ horseId: null, horsePhotoId: null, status: 'ready' });
    expect(await rowByKey(videoUploads, ref('video_uploads'))).toMatchObject({ horseId: null, lamenessExamId: null });
    expect(await rowByKey(audioUploads, ref('audio_uploads'))).toMatchObject({ horseId: null });
    expect(await rowCount(imageAnalysisResults)).toBe(1);
    expect(await rowCount(videoAnalysisResults)).toBe(1);
  });

  test("deleting a video deletes its frames, soundtrack and detections; a frame's deletion only unlinks a detection", async () => {
    const { ref } = await seed(visualPatternRecognition, soundPatternRecognition);
    const soundtrack = await insertFixture(audioUploads, ref, {
      sourceVideoUploadId: ref('video_uploads'),
      captureContext: 'video_soundtrack',
      storageKey: 'media/audio/whisper/979ea1cda19fc95d.m4a',
      contentSha256: '979ea1cda19fc95dde12a6dd7d6147726626fea3d6926647950e7e85f2eccc8c',
    });

    await run(sql`delete from video_frames where id = ${ref('video_frames')}`);
    expect(await rowByKey(visualPatternRecognition, ref('visual_pattern_recognition'))).toMatchObject({ videoFrameId: null, startMs: 4_200 });

    await run(sql`delete from video_uploads where id = ${ref('video_uploads')}`);
    expect(await rowCount(visualPatternRecognition)).toBe(0);
    expect(await rowByKey(audioUploads, soundtrack.id)).toBeUndefined();
    // The standalone recording and its roaring detection are not the video's.
    expect(await rowByKey(soundPatternRecognition, ref('sound_pattern_recognition'))).toBeDefined();
  });
});

describe('partial unique indexes', () => {
  test('one current label per (dataset, item): relabelling closes the row and opens the next', async () => {
    const { ref } = await seed(mediaLearningDataset);
    const relabel = { label: 'conformation_upright_pasterns', source: null, externalId: null, sourceUpdatedAt: null, aiTrainingDataId: null };
    expect(await refusal(t.db, () => insertFixture(mediaLearningDataset, ref, relabel))).toMatchObject({
      code: '23505',
      constraint: 'media_learning_dataset_current_key',
    });

    await run(sql`update media_learning_dataset set valid_to = '2024-05-10T09:00:00Z', removal_reason = 'relabelled' where id = ${ref('media_learning_dataset')}`);
    const next = await insertFixture(mediaLearningDataset, ref, { ...relabel, validFrom: new Date('2024-05-10T09:00:00Z') });
    // The same image may sit in another dataset at the same time.
    await insertFixture(mediaLearningDataset, ref, { ...relabel, datasetName: 'horse_coat_colours', label: 'bay' });

    const current = (await allRows(mediaLearningDataset)).filter((row) => row.validTo === null && row.datasetName === 'horse_conformation_images');
    expect(current.map((row) => row.id)).toEqual([next.id]);
    expect(await rowCount(mediaLearningDataset)).toBe(3);
  });

  test('one live job per (item, job type); a finished job leaves room for the next', async () => {
    const { ref } = await seed(mediaProcessingQueue);
    const again = { priority: 20, attemptCount: 0, lastError: null, lastRunId: null };
    expect(await refusal(t.db, () => insertFixture(mediaProcessingQueue, ref, again))).toMatchObject({
      code: '23505',
      constraint: 'media_processing_queue_live_job_key',
    });
    // Another job type on the same video is another job.
    await insertFixture(mediaProcessingQueue, ref, { ...again, jobType: 'frame_extraction', modelId: null });

    await run(
      sql`update media_processing_queue set status = 'succeeded', started_at = '2024-04-19T09:00:05Z', finished_at = '2024-04-19T09:01:10Z' where id = ${ref('media_processing_queue')}`,
    );
    await insertFixture(mediaProcessingQueue, ref, again);
    expect(await rowCount(mediaProcessingQueue)).toBe(3);
  });
});

describe('the processing queue', () => {
  test('a worker claims the most urgent runnable job: queued, due, highest priority first, skipping locked rows', async () => {
    const { ref } = await seed(mediaProcessingQueue, audioUploads, imageUploads);
    const now = new Date('2024-04-19T10:00:00Z');
    const job = (overrides: Record<string, unknown>) =>
      insertFixture(mediaProcessingQueue, ref, { videoUploadId: null, lastRunId: null, lastError: null, attemptCount: 0, ...overrides });
    const urgent = await job({ audioUploadId: ref('audio_uploads'), jobType: 'audio_analysis', priority: 95, runAfter: new Date('2024-04-19T09:59:00Z') });
    await job({ imageUploadId: ref('image_uploads'), jobType: 'embedding', priority: 99, runAfter: new Date('2024-04-19T11:00:00Z') });
    await job({
      imageUploadId: ref('image_uploads'),
      jobType: 'image_analysis',
      priority: 100,
      status: 'running',
      startedAt: new Date('2024-04-19T09:58:00Z'),
      lockedBy: 'media-worker-7f9c4d-2xkqp',
      lockedUntil: new Date('2024-04-19T10:03:00Z'),
    });

    const claimed = await t.db
      .select({ id: mediaProcessingQueue.id })
      .from(mediaProcessingQueue)
      .where(and(eq(mediaProcessingQueue.status, 'queued'), lte(mediaProcessingQueue.runAfter, now)))
      .orderBy(sql`${mediaProcessingQueue.priority} desc`, mediaProcessingQueue.runAfter)
      .limit(1)
      .for('update', { skipLocked: true });
    expect(claimed).toEqual([{ id: urgent.id }]);
  });
});

describe('embeddings without pgvector', () => {
  test('nearest neighbours by cosine similarity over real[] (what an HNSW index replaces)', async () => {
    const { ref } = await seed(mediaEmbeddings, audioUploads);
    const query = sampleEmbedding();
    // A near copy (a re-encode of the same photo) and an unrelated vector.
    const near = await insertFixture(mediaEmbeddings, ref, {
      imageUploadId: null,
      audioUploadId: ref('audio_uploads'),
      embedding: query.map((value, i) => (i % 7 === 0 ? value + 1 / 256 : value)),
    });
    const far = await insertFixture(mediaEmbeddings, ref, {
      imageUploadId: null,
      videoUploadId: ref('video_uploads'),
      embedding: sampleEmbedding(512, 5).map((value) => -value),
    });
    const vector = sql`${`{${query.join(',')}}`}::real[]`;
    const rows = await queryRows<{ id: string; score: number }>(t.db, sql`
      select e.id, (select sum(a * b) / (sqrt(sum(a * a)) * sqrt(sum(b * b))) from unnest(e.embedding, ${vector}) as v(a, b)) as score
        from media_embeddings e
       where e.model_id = ${ref('ai_models')} and e.dimensions = 512
       order by score desc`);
    const ranked = rows.map((row) => row.id);
    expect(ranked).toEqual([ref('media_embeddings'), near.id, far.id]);
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const rowRules: { table: string; field: string; bad: (ref: (name: string) => string) => Record<string, unknown>; check: string }[] = [
  { table: 'media_embeddings', field: 'embedding', bad: () => ({ dimensions: 511 }), check: 'media_embeddings_embedding_dimensions_check' },
  { table: 'media_embeddings', field: 'audioUploadId', bad: () => ({ imageUploadId: null }), check: 'media_embeddings_media_item_check' },
  {
    table: 'media_similarity_search',
    field: 'queryText',
    bad: () => ({ queryText: 'grey mare jumping a water tray' }),
    check: 'media_similarity_search_media_item_check',
  },
  {
    table: 'visual_pattern_recognition',
    field: 'videoUploadId',
    bad: (ref) => ({ imageUploadId: ref('image_uploads'), videoUploadId: null, videoFrameId: null }),
    check: 'visual_pattern_recognition_video_time_check',
  },
  { table: 'image_uploads', field: 'consentRecordedAt', bad: () => ({ consentRecordedAt: null }), check: 'image_uploads_consent_recorded_at_check' },
  {
    table: 'image_analysis_results',
    field: 'bodyConditionScore',
    bad: () => ({ analysisType: 'coat_colour' }),
    check: 'image_analysis_results_body_condition_check',
  },
  { table: 'media_processing_queue', field: 'maxAttempts', bad: () => ({ attemptCount: 6 }), check: 'media_processing_queue_attempts_check' },
  { table: 'media_learning_dataset', field: 'removalReason', bad: () => ({ removalReason: 'duplicate' }), check: 'media_learning_dataset_closed_check' },
  { table: 'media_model_runs', field: 'completedAt', bad: () => ({ completedAt: null }), check: 'media_model_runs_succeeded_check' },
];

describe('row rules: Zod and the database refuse the same row', () => {
  test.each(rowRules)('$table: $check', async ({ table: name, field, bad, check }) => {
    const { table } = catalog[name]!;
    const { ref } = await seedParentsOf(table);
    const row: Record<string, unknown> = { ...fixtures[name]!(ref), ...bad(ref) };

    expect(insertSchemaOf(name).safeParse(row).error?.issues.map((issue) => issue.path[0])).toEqual([field]);
    expect(await refusal(t.db, (tx) => tx.insert(table).values(row as never))).toEqual({ code: '23514', constraint: check, column: undefined });
    expect(await rowCount(table)).toBe(0);
  });
});
