import { lamenessExams } from '@db/health/tables';
import { horsePhotos, horses } from '@db/horses/tables';
import { aiModels, aiTrainingData } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * user_profiles, horses, horse_photos, lameness_exams, ai_models and ai_training_data, under keys prefixed
 * `media` so they cannot meet other pillars' keys on those tables.
 */
export const mediaRelations = defineRelationsPart(
  { ...schema, userProfiles, horses, horsePhotos, lamenessExams, aiModels, aiTrainingData },
  (r) => ({
    imageUploads: {
      uploader: r.one.userProfiles({ from: r.imageUploads.uploaderUserId, to: r.userProfiles.id, optional: false }),
      horse: r.one.horses({ from: r.imageUploads.horseId, to: r.horses.id }),
      horsePhoto: r.one.horsePhotos({ from: r.imageUploads.horsePhotoId, to: r.horsePhotos.id }),
      analyses: r.many.imageAnalysisResults({ from: r.imageUploads.id, to: r.imageAnalysisResults.imageUploadId }),
      embeddings: r.many.mediaEmbeddings({ from: r.imageUploads.id, to: r.mediaEmbeddings.imageUploadId }),
      visualPatterns: r.many.visualPatternRecognition({ from: r.imageUploads.id, to: r.visualPatternRecognition.imageUploadId }),
      jobs: r.many.mediaProcessingQueue({ from: r.imageUploads.id, to: r.mediaProcessingQueue.imageUploadId }),
      datasetMemberships: r.many.mediaLearningDataset({ from: r.imageUploads.id, to: r.mediaLearningDataset.imageUploadId }),
      similaritySearches: r.many.mediaSimilaritySearch({ from: r.imageUploads.id, to: r.mediaSimilaritySearch.queryImageUploadId }),
    },
    imageAnalysisResults: {
      image: r.one.imageUploads({ from: r.imageAnalysisResults.imageUploadId, to: r.imageUploads.id, optional: false }),
      model: r.one.aiModels({ from: r.imageAnalysisResults.modelId, to: r.aiModels.id, optional: false }),
      run: r.one.mediaModelRuns({ from: r.imageAnalysisResults.runId, to: r.mediaModelRuns.id, optional: false }),
      reviewedBy: r.one.userProfiles({ from: r.imageAnalysisResults.reviewedByUserId, to: r.userProfiles.id }),
    },
    videoUploads: {
      uploader: r.one.userProfiles({ from: r.videoUploads.uploaderUserId, to: r.userProfiles.id, optional: false }),
      horse: r.one.horses({ from: r.videoUploads.horseId, to: r.horses.id }),
      lamenessExam: r.one.lamenessExams({ from: r.videoUploads.lamenessExamId, to: r.lamenessExams.id }),
      frames: r.many.videoFrames({ from: r.videoUploads.id, to: r.videoFrames.videoUploadId }),
      soundtracks: r.many.audioUploads({ from: r.videoUploads.id, to: r.audioUploads.sourceVideoUploadId }),
      analyses: r.many.videoAnalysisResults({ from: r.videoUploads.id, to: r.videoAnalysisResults.videoUploadId }),
      embeddings: r.many.mediaEmbeddings({ from: r.videoUploads.id, to: r.mediaEmbeddings.videoUploadId }),
      visualPatterns: r.many.visualPatternRecognition({ from: r.videoUploads.id, to: r.visualPatternRecognition.videoUploadId }),
      jobs: r.many.mediaProcessingQueue({ from: r.videoUploads.id, to: r.mediaProcessingQueue.videoUploadId }),
      datasetMemberships: r.many.mediaLearningDataset({ from: r.videoUploads.id, to: r.mediaLearningDataset.videoUploadId }),
      similaritySearches: r.many.mediaSimilaritySearch({ from: r.videoUploads.id, to: r.mediaSimilaritySearch.queryVideoUploadId }),
    },
    videoFrames: {
      video: r.one.videoUploads({ from: r.videoFrames.videoUploadId, to: r.videoUploads.id, optional: false }),
      poseModel: r.one.aiModels({ from: r.videoFrames.poseModelId, to: r.aiModels.id }),
      embeddings: r.many.mediaEmbeddings({ from: r.videoFrames.id, to: r.mediaEmbeddings.videoFrameId }),
      visualPatterns: r.many.visualPatternRecognition({ from: r.videoFrames.id, to: r.visualPatternRecognition.videoFrameId }),
      datasetMemberships: r.many.mediaLearningDataset({ from: r.videoFrames.id, to: r.mediaLearningDataset.videoFrameId }),
    },
    videoAnalysisResults: {
      video: r.one.videoUploads({ from: r.videoAnalysisResults.videoUploadId, to: r.videoUploads.id, optional: false }),
      model: r.one.aiModels({ from: r.videoAnalysisResults.modelId, to: r.aiModels.id, optional: false }),
      run: r.one.mediaModelRuns({ from: r.videoAnalysisResults.runId, to: r.mediaModelRuns.id, optional: false }),
      reviewedBy: r.one.userProfiles({ from: r.videoAnalysisResults.reviewedByUserId, to: r.userProfiles.id }),
    },
    audioUploads: {
      uploader: r.one.userProfiles({ from: r.audioUploads.uploaderUserId, to: r.userProfiles.id, optional: false }),
      horse: r.one.horses({ from: r.audioUploads.horseId, to: r.horses.id }),
      sourceVideo: r.one.videoUploads({ from: r.audioUploads.sourceVideoUploadId, to: r.videoUploads.id }),
      transcriptions: r.many.audioTranscriptions({ from: r.audioUploads.id, to: r.audioTranscriptions.audioUploadId }),
      analyses: r.many.audioAnalysisResults({ from: r.audioUploads.id, to: r.audioAnalysisResults.audioUploadId }),
      embeddings: r.many.mediaEmbeddings({ from: r.audioUploads.id, to: r.mediaEmbeddings.audioUploadId }),
      soundPatterns: r.many.soundPatternRecognition({ from: r.audioUploads.id, to: r.soundPatternRecognition.audioUploadId }),
      jobs: r.many.mediaProcessingQueue({ from: r.audioUploads.id, to: r.mediaProcessingQueue.audioUploadId }),
      datasetMemberships: r.many.mediaLearningDataset({ from: r.audioUploads.id, to: r.mediaLearningDataset.audioUploadId }),
      similaritySearches: r.many.mediaSimilaritySearch({ from: r.audioUploads.id, to: r.mediaSimilaritySearch.queryAudioUploadId }),
    },
    audioTranscriptions: {
      audio: r.one.audioUploads({ from: r.audioTranscriptions.audioUploadId, to: r.audioUploads.id, optional: false }),
      model: r.one.aiModels({ from: r.audioTranscriptions.modelId, to: r.aiModels.id, optional: false }),
      run: r.one.mediaModelRuns({ from: r.audioTranscriptions.runId, to: r.mediaModelRuns.id, optional: false }),
      reviewedBy: r.one.userProfiles({ from: r.audioTranscriptions.reviewedByUserId, to: r.userProfiles.id }),
    },
    audioAnalysisResults: {
      audio: r.one.audioUploads({ from: r.audioAnalysisResults.audioUploadId, to: r.audioUploads.id, optional: false }),
      model: r.one.aiModels({ from: r.audioAnalysisResults.modelId, to: r.aiModels.id, optional: false }),
      run: r.one.mediaModelRuns({ from: r.audioAnalysisResults.runId, to: r.mediaModelRuns.id, optional: false }),
      reviewedBy: r.one.userProfiles({ from: r.audioAnalysisResults.reviewedByUserId, to: r.userProfiles.id }),
    },
    mediaEmbeddings: {
      image: r.one.imageUploads({ from: r.mediaEmbeddings.imageUploadId, to: r.imageUploads.id }),
      video: r.one.videoUploads({ from: r.mediaEmbeddings.videoUploadId, to: r.videoUploads.id }),
      frame: r.one.videoFrames({ from: r.mediaEmbeddings.videoFrameId, to: r.videoFrames.id }),
      audio: r.one.audioUploads({ from: r.mediaEmbeddings.audioUploadId, to: r.audioUploads.id }),
      model: r.one.aiModels({ from: r.mediaEmbeddings.modelId, to: r.aiModels.id, optional: false }),
      run: r.one.mediaModelRuns({ from: r.mediaEmbeddings.runId, to: r.mediaModelRuns.id }),
      similaritySearches: r.many.mediaSimilaritySearch({ from: r.mediaEmbeddings.id, to: r.mediaSimilaritySearch.queryEmbeddingId }),
    },
    mediaSimilaritySearch: {
      requestedBy: r.one.userProfiles({ from: r.mediaSimilaritySearch.requestedByUserId, to: r.userProfiles.id }),
      model: r.one.aiModels({ from: r.mediaSimilaritySearch.modelId, to: r.aiModels.id, optional: false }),
      queryImage: r.one.imageUploads({ from: r.mediaSimilaritySearch.queryImageUploadId, to: r.imageUploads.id }),
      queryVideo: r.one.videoUploads({ from: r.mediaSimilaritySearch.queryVideoUploadId, to: r.videoUploads.id }),
      queryAudio: r.one.audioUploads({ from: r.mediaSimilaritySearch.queryAudioUploadId, to: r.audioUploads.id }),
      queryEmbedding: r.one.mediaEmbeddings({ from: r.mediaSimilaritySearch.queryEmbeddingId, to: r.mediaEmbeddings.id }),
    },
    visualPatternRecognition: {
      image: r.one.imageUploads({ from: r.visualPatternRecognition.imageUploadId, to: r.imageUploads.id }),
      video: r.one.videoUploads({ from: r.visualPatternRecognition.videoUploadId, to: r.videoUploads.id }),
      frame: r.one.videoFrames({ from: r.visualPatternRecognition.videoFrameId, to: r.videoFrames.id }),
      model: r.one.aiModels({ from: r.visualPatternRecognition.modelId, to: r.aiModels.id, optional: false }),
      run: r.one.mediaModelRuns({ from: r.visualPatternRecognition.runId, to: r.mediaModelRuns.id }),
      reviewedBy: r.one.userProfiles({ from: r.visualPatternRecognition.reviewedByUserId, to: r.userProfiles.id }),
    },
    soundPatternRecognition: {
      audio: r.one.audioUploads({ from: r.soundPatternRecognition.audioUploadId, to: r.audioUploads.id, optional: false }),
      model: r.one.aiModels({ from: r.soundPatternRecognition.modelId, to: r.aiModels.id, optional: false }),
      run: r.one.mediaModelRuns({ from: r.soundPatternRecognition.runId, to: r.mediaModelRuns.id }),
      reviewedBy: r.one.userProfiles({ from: r.soundPatternRecognition.reviewedByUserId, to: r.userProfiles.id }),
    },
    mediaProcessingQueue: {
      image: r.one.imageUploads({ from: r.mediaProcessingQueue.imageUploadId, to: r.imageUploads.id }),
      video: r.one.videoUploads({ from: r.mediaProcessingQueue.videoUploadId, to: r.videoUploads.id }),
      audio: r.one.audioUploads({ from: r.mediaProcessingQueue.audioUploadId, to: r.audioUploads.id }),
      model: r.one.aiModels({ from: r.mediaProcessingQueue.modelId, to: r.aiModels.id }),
      lastRun: r.one.mediaModelRuns({ from: r.mediaProcessingQueue.lastRunId, to: r.mediaModelRuns.id }),
      requestedBy: r.one.userProfiles({ from: r.mediaProcessingQueue.requestedByUserId, to: r.userProfiles.id }),
    },
    mediaLearningDataset: {
      image: r.one.imageUploads({ from: r.mediaLearningDataset.imageUploadId, to: r.imageUploads.id }),
      video: r.one.videoUploads({ from: r.mediaLearningDataset.videoUploadId, to: r.videoUploads.id }),
      frame: r.one.videoFrames({ from: r.mediaLearningDataset.videoFrameId, to: r.videoFrames.id }),
      audio: r.one.audioUploads({ from: r.mediaLearningDataset.audioUploadId, to: r.audioUploads.id }),
      labelledBy: r.one.userProfiles({ from: r.mediaLearningDataset.labelledByUserId, to: r.userProfiles.id }),
      verifiedBy: r.one.userProfiles({ from: r.mediaLearningDataset.verifiedByUserId, to: r.userProfiles.id }),
      trainingData: r.one.aiTrainingData({ from: r.mediaLearningDataset.aiTrainingDataId, to: r.aiTrainingData.id }),
    },
    mediaModelRuns: {
      model: r.one.aiModels({ from: r.mediaModelRuns.modelId, to: r.aiModels.id, optional: false }),
      requestedBy: r.one.userProfiles({ from: r.mediaModelRuns.requestedByUserId, to: r.userProfiles.id }),
      imageAnalyses: r.many.imageAnalysisResults({ from: r.mediaModelRuns.id, to: r.imageAnalysisResults.runId }),
      videoAnalyses: r.many.videoAnalysisResults({ from: r.mediaModelRuns.id, to: r.videoAnalysisResults.runId }),
      audioAnalyses: r.many.audioAnalysisResults({ from: r.mediaModelRuns.id, to: r.audioAnalysisResults.runId }),
      transcriptions: r.many.audioTranscriptions({ from: r.mediaModelRuns.id, to: r.audioTranscriptions.runId }),
    },
    userProfiles: {
      mediaImageUploads: r.many.imageUploads({ from: r.userProfiles.id, to: r.imageUploads.uploaderUserId }),
      mediaVideoUploads: r.many.videoUploads({ from: r.userProfiles.id, to: r.videoUploads.uploaderUserId }),
      mediaAudioUploads: r.many.audioUploads({ from: r.userProfiles.id, to: r.audioUploads.uploaderUserId }),
      mediaSimilaritySearches: r.many.mediaSimilaritySearch({ from: r.userProfiles.id, to: r.mediaSimilaritySearch.requestedByUserId }),
      mediaModelRunsRequested: r.many.mediaModelRuns({ from: r.userProfiles.id, to: r.mediaModelRuns.requestedByUserId }),
      mediaJobsRequested: r.many.mediaProcessingQueue({ from: r.userProfiles.id, to: r.mediaProcessingQueue.requestedByUserId }),
      mediaDatasetLabels: r.many.mediaLearningDataset({ from: r.userProfiles.id, to: r.mediaLearningDataset.labelledByUserId }),
      mediaDatasetVerifications: r.many.mediaLearningDataset({ from: r.userProfiles.id, to: r.mediaLearningDataset.verifiedByUserId }),
      mediaVisualPatternsReviewed: r.many.visualPatternRecognition({
        from: r.userProfiles.id,
        to: r.visualPatternRecognition.reviewedByUserId,
      }),
      mediaSoundPatternsReviewed: r.many.soundPatternRecognition({ from: r.userProfiles.id, to: r.soundPatternRecognition.reviewedByUserId }),
    },
    horses: {
      mediaImages: r.many.imageUploads({ from: r.horses.id, to: r.imageUploads.horseId }),
      mediaVideos: r.many.videoUploads({ from: r.horses.id, to: r.videoUploads.horseId }),
      mediaRecordings: r.many.audioUploads({ from: r.horses.id, to: r.audioUploads.horseId }),
    },
    horsePhotos: {
      mediaImageUpload: r.one.imageUploads({ from: r.horsePhotos.id, to: r.imageUploads.horsePhotoId }),
    },
    lamenessExams: {
      mediaVideos: r.many.videoUploads({ from: r.lamenessExams.id, to: r.videoUploads.lamenessExamId }),
    },
    aiModels: {
      mediaModelRuns: r.many.mediaModelRuns({ from: r.aiModels.id, to: r.mediaModelRuns.modelId }),
      mediaImageAnalyses: r.many.imageAnalysisResults({ from: r.aiModels.id, to: r.imageAnalysisResults.modelId }),
      mediaVideoAnalyses: r.many.videoAnalysisResults({ from: r.aiModels.id, to: r.videoAnalysisResults.modelId }),
      mediaAudioAnalyses: r.many.audioAnalysisResults({ from: r.aiModels.id, to: r.audioAnalysisResults.modelId }),
      mediaTranscriptions: r.many.audioTranscriptions({ from: r.aiModels.id, to: r.audioTranscriptions.modelId }),
      mediaEmbeddings: r.many.mediaEmbeddings({ from: r.aiModels.id, to: r.mediaEmbeddings.modelId }),
      mediaVisualPatterns: r.many.visualPatternRecognition({ from: r.aiModels.id, to: r.visualPatternRecognition.modelId }),
      mediaSoundPatterns: r.many.soundPatternRecognition({ from: r.aiModels.id, to: r.soundPatternRecognition.modelId }),
    },
    aiTrainingData: {
      mediaDatasetMemberships: r.many.mediaLearningDataset({ from: r.aiTrainingData.id, to: r.mediaLearningDataset.aiTrainingDataId }),
    },
  }),
);
