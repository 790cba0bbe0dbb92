-- CreateTable
CREATE TABLE "PublicContentChange" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "generation" INTEGER NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicContentChange_pkey" PRIMARY KEY ("id")
);


-- Its one row, counted from here.
INSERT INTO "PublicContentChange" ("id") VALUES (1);
