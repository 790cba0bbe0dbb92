-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH');

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "allDay" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "DemandStatusChange" ADD COLUMN     "sourceLabel" TEXT,
ADD COLUMN     "sourceStatementId" TEXT;

-- AlterTable
ALTER TABLE "Letter" ADD COLUMN     "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY';

-- AlterTable
ALTER TABLE "Statement" ADD COLUMN     "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY';

-- CreateIndex
CREATE INDEX "DemandStatusChange_sourceStatementId_idx" ON "DemandStatusChange"("sourceStatementId");

-- AddForeignKey
ALTER TABLE "DemandStatusChange" ADD CONSTRAINT "DemandStatusChange_sourceStatementId_fkey" FOREIGN KEY ("sourceStatementId") REFERENCES "Statement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

