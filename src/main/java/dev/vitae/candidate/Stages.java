package dev.vitae.candidate;

import java.util.List;

/** The pipeline stages, in order. */
public final class Stages {

    public static final List<String> ALL = List.of("prospect", "applied", "phonescreen", "inprogress", "hired", "rejected");
    public static final String DEFAULT = "prospect";

    private Stages() {
    }
}
