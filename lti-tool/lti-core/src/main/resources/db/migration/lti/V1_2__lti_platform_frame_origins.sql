-- Origins that may show the tool in an iframe besides the issuer's (e.g. a school's own Canvas domain).
alter table lti_platform add column frame_origins varchar(2000);
