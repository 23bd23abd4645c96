import type { TextFormat } from '@db/core';
import { HEALTH_LIMBS } from '@db/health/constants';
import { AI_DATASET_SPLITS, AI_LAWFUL_BASES, AI_MODEL_VERSION } from '@db/recommendations/constants';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, plus the text formats only
 * this package uses (each declared once with formatCheck: its CHECK and its Zod twin). Every name carries the
 * MEDIA_ prefix: @db/equine re-exports every pillar, so a generic name (STATUSES, LICENCES) would collide.
 */

// --- lists other pillars own (the same concept, one list; aliased so @db/equine's re-exports do not clash) -----

/** A limb as the clinical record names it (@db/health). */
export const MEDIA_LIMBS = HEALTH_LIMBS;
/** train / validation / test, as the training-data provenance log has them (@db/recommendations). */
export const MEDIA_DATASET_SPLITS = AI_DATASET_SPLITS;
/** GDPR Article 6 lawful basis for training use (@db/recommendations). */
export const MEDIA_LAWFUL_BASES = AI_LAWFUL_BASES;
/** A prompt template's version label, spelt as model versions are (@db/recommendations). */
export const MEDIA_PROMPT_VERSION = AI_MODEL_VERSION;

// --- uploads ---------------------------------------------------------------------------------------------------

/** The image formats the upload pipeline accepts (phones: JPEG and HEIC; scanners and DSLR exports: TIFF). */
export const MEDIA_IMAGE_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
  'image/avif',
  'image/tiff',
  'image/gif',
] as const;
/** The video containers the pipeline accepts: MP4 and MOV from phones, WebM from browsers, MKV and AVI imports. */
export const MEDIA_VIDEO_MIME_TYPES = [
  'video/mp4',
  'video/quicktime',
  'video/webm',
  'video/x-matroska',
  'video/3gpp',
  'video/x-msvideo',
] as const;
/** The audio formats the pipeline accepts: voice memos (M4A), WAV from digital stethoscopes, extracted soundtracks. */
export const MEDIA_AUDIO_MIME_TYPES = [
  'audio/mpeg',
  'audio/mp4',
  'audio/x-m4a',
  'audio/aac',
  'audio/wav',
  'audio/webm',
  'audio/ogg',
  'audio/flac',
  'audio/amr',
] as const;

/**
 * An upload's life: bytes arriving, stored, being processed (transcode, analysis), ready, failed, or quarantined
 * (virus scan or moderation hold).
 */
export const MEDIA_UPLOAD_STATUSES = ['uploading', 'stored', 'processing', 'ready', 'failed', 'quarantined'] as const;
export const MEDIA_VISIBILITIES = ['private', 'members', 'public'] as const;
/** The licence the uploader grants the platform on the file. */
export const MEDIA_LICENCES = [
  'platform_terms',
  'all_rights_reserved',
  'cc_by_4_0',
  'cc_by_nc_4_0',
  'cc0_1_0',
  'commercial_licence',
] as const;
/** The uploader's answer to "may this file be used to train our models?", per file. */
export const MEDIA_TRAINING_CONSENTS = ['not_asked', 'granted', 'refused', 'withdrawn'] as const;

/** What a video shows, as the gait and behaviour models need to know it. */
export const MEDIA_VIDEO_CAPTURE_CONTEXTS = [
  'trot_up',
  'lunge',
  'ridden',
  'loose_jumping',
  'turnout',
  'stable_camera',
  'competition',
  'vet_exam',
  'other',
] as const;
/** Where a sound was recorded: a stable microphone, during exercise (respiratory noise), a digital stethoscope. */
export const MEDIA_AUDIO_CAPTURE_CONTEXTS = [
  'stable',
  'exercise',
  'auscultation',
  'endoscopy',
  'voice_note',
  'vet_consultation',
  'video_soundtrack',
  'other',
] as const;

/** The kinds of media item the pillar holds; similarity searches and embeddings name the kind they are about. */
export const MEDIA_KINDS = ['image', 'video', 'video_frame', 'audio'] as const;

// --- frames, analyses, detections ------------------------------------------------------------------------------

/** How a frame was chosen: the codec's keyframes, a fixed rate, a scene change, or a person picking it. */
export const MEDIA_FRAME_EXTRACTION_METHODS = ['keyframe', 'uniform_sample', 'scene_change', 'manual'] as const;

export const MEDIA_IMAGE_ANALYSIS_TYPES = [
  'conformation',
  'body_condition',
  'coat_colour',
  'markings',
  'breed_estimate',
  'injury_detection',
  'identity_match',
  'image_quality',
  'content_moderation',
  'caption',
] as const;
export const MEDIA_VIDEO_ANALYSIS_TYPES = [
  'gait_analysis',
  'lameness_screening',
  'behaviour',
  'activity_recognition',
  'jump_technique',
  'rider_position',
  'content_moderation',
  'scene_summary',
] as const;
export const MEDIA_AUDIO_ANALYSIS_TYPES = [
  'respiratory_noise',
  'cough_detection',
  'heart_sounds',
  'gut_sounds',
  'vocalisation',
  'hoof_rhythm',
  'recording_quality',
  'content_moderation',
] as const;

/** Gaits as video models classify them. */
export const MEDIA_GAITS = ['halt', 'walk', 'trot', 'canter', 'gallop', 'tolt', 'pace', 'rein_back'] as const;

/** A person's verdict on a model's output. */
export const MEDIA_REVIEW_STATUSES = ['unreviewed', 'confirmed', 'corrected', 'rejected'] as const;
export const MEDIA_SEVERITIES = ['mild', 'moderate', 'severe'] as const;

/**
 * Patterns the vision models detect: lameness signs (head nod on a forelimb lameness, hip hike on a hindlimb one),
 * pain expressions (the Horse Grimace Scale's features), stereotypies, colic signs, visible lesions.
 */
export const MEDIA_VISUAL_PATTERNS = [
  'head_nod',
  'hip_hike',
  'gait_irregularity',
  'shortened_stride',
  'toe_dragging',
  'pain_face',
  'ears_pinned',
  'tail_swishing',
  'weaving',
  'crib_biting',
  'box_walking',
  'pawing',
  'flank_watching',
  'rolling',
  'prolonged_recumbency',
  'wound',
  'swelling',
  'nasal_discharge',
  'rider_imbalance',
  'other',
] as const;
/**
 * Sounds the audio models detect: upper-airway noises at exercise (roaring in laryngeal hemiplegia, gurgling in
 * dorsal displacement of the soft palate), coughs, vocalisations, bruxism, gut and heart sounds from a stethoscope,
 * an irregular hoof-beat rhythm.
 */
export const MEDIA_SOUND_PATTERNS = [
  'roaring',
  'whistling',
  'gurgling',
  'high_blowing',
  'snoring',
  'cough',
  'snort',
  'nicker',
  'whinny',
  'squeal',
  'groan',
  'teeth_grinding',
  'gut_sounds_reduced',
  'gut_sounds_increased',
  'heart_murmur',
  'irregular_heartbeat',
  'wheeze',
  'crackles',
  'irregular_hoof_rhythm',
  'other',
] as const;
/** When in the breath a respiratory noise occurs (roaring and whistling are inspiratory). */
export const MEDIA_RESPIRATORY_PHASES = ['inspiratory', 'expiratory', 'both'] as const;

// --- embeddings and similarity search --------------------------------------------------------------------------

/** The distance an embedding model's vectors are compared with (pgvector's <=>, <->, <#>). */
export const MEDIA_DISTANCE_METRICS = ['cosine', 'l2', 'inner_product'] as const;
/** pgvector's upper bound on a vector's dimensions; real models use 384 to 3,072. */
export const MEDIA_EMBEDDING_MAX_DIMENSIONS = 16_000;
export const MEDIA_SIMILARITY_PURPOSES = [
  'duplicate_detection',
  'horse_identification',
  'similar_media',
  'text_to_media',
  'dataset_curation',
] as const;
export const MEDIA_SIMILARITY_MAX_TOP_K = 1_000;

// --- processing queue and model runs ---------------------------------------------------------------------------

export const MEDIA_JOB_TYPES = [
  'virus_scan',
  'metadata_extraction',
  'transcode',
  'thumbnail',
  'frame_extraction',
  'audio_extraction',
  'image_analysis',
  'video_analysis',
  'audio_analysis',
  'transcription',
  'embedding',
  'pattern_detection',
] as const;
/** `dead_lettered`: out of attempts, parked for a person to look at. */
export const MEDIA_JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'dead_lettered'] as const;
export const MEDIA_JOB_PRIORITY_MAX = 100;

/** What a model run did. */
export const MEDIA_RUN_TASKS = [
  'image_analysis',
  'video_analysis',
  'pose_estimation',
  'audio_analysis',
  'transcription',
  'embedding',
  'pattern_detection',
  'similarity_search',
] as const;
export const MEDIA_RUN_STATUSES = ['succeeded', 'failed', 'timed_out', 'refused'] as const;

// --- learning datasets -----------------------------------------------------------------------------------------

/** Who gave a dataset label. */
export const MEDIA_LABEL_SOURCES = ['veterinarian', 'expert_annotator', 'owner', 'crowd', 'model_assisted', 'imported'] as const;
/** Why a membership was closed. */
export const MEDIA_DATASET_REMOVAL_REASONS = [
  'relabelled',
  'moved_split',
  'consent_withdrawn',
  'duplicate',
  'low_quality',
  'test_leakage',
  'other',
] as const;

// --- formats ---------------------------------------------------------------------------------------------------

/** A 64-bit perceptual hash (pHash/dHash) as 16 lower-case hex digits: near-duplicates differ in a few bits. */
export const MEDIA_PERCEPTUAL_HASH: TextFormat = {
  pattern: /^[0-9a-f]{16}$/,
  message: 'must be a 64-bit perceptual hash as 16 lower-case hex digits',
};
/** An object-storage key: a relative path without spaces, e.g. media/images/<uploader>/<sha256>.jpg. */
export const MEDIA_STORAGE_KEY: TextFormat = {
  pattern: /^[A-Za-z0-9][A-Za-z0-9._/=-]*$/,
  message: 'must be an object-storage key (letters, digits, . _ / = -, no spaces)',
};
