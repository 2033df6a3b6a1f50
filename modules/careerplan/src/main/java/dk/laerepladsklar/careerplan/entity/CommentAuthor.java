package dk.laerepladsklar.careerplan.entity;

/** In which capacity someone commented: shown beside their name, so the student knows whose advice it is. */
public enum CommentAuthor {
    TEACHER, CONSULTANT, MENTOR
}
