package dk.laerepladsklar.kernel.media;

/** What a stored file is, as read from its bytes: only these are ever stored or played back. */
public enum MediaKind {
    /** A sound recording: webm, ogg, mp4/m4a or wav. */
    AUDIO,
    /** A film: webm, mp4 or QuickTime (what Safari on iPhone records). */
    VIDEO,
    /** A photo: jpeg, png or webp. */
    IMAGE
}
